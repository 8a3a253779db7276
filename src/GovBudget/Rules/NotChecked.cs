namespace GovBudget.Rules;

/// <summary>A rule that could not check (part of) what it checks, and why: reported instead of treating the unknown as zero.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="TableId">The table whose cells were missing.</param>
/// <param name="ColumnId">The column, where the reason is about one.</param>
/// <param name="Reason">Why.</param>
public sealed record NotChecked(string RuleId, string TableId, string? ColumnId, NotCheckedReason Reason)
{
    /// <summary>A sentence in Chinese (<c>zh</c>) or English.</summary>
    public string Message(string language) => (Reason, language) switch
    {
        (NotCheckedReason.ColumnNotPrinted, "en") => $"{RuleId} not checked: {TableId} does not print column {ColumnId}",
        _ => $"{RuleId} 无法核对：{TableId} 未印出“{ColumnId}”栏",
    };
}
