using GovBudget.Tables;

namespace GovBudget.Rules;

/// <summary>A rule that could not check (part of) what it checks, and why: reported instead of treating the unknown as zero.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="TableId">The table whose cells were missing (for <see cref="NotCheckedReason.TableAbsent"/>, the absent table).</param>
/// <param name="ColumnId">The column, where the reason is about one.</param>
/// <param name="Reason">Why.</param>
public sealed record NotChecked(string RuleId, string TableId, string? ColumnId, NotCheckedReason Reason)
{
    /// <summary>The row of the cell, where the reason is about one cell (<see cref="NotCheckedReason.OperandsBlank"/>).</summary>
    public RowKey? Row { get; init; }

    /// <summary>A sentence in Chinese (<c>zh</c>) or English.</summary>
    public string Message(string language)
    {
        var english = language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var cell = Row is { } row ? $"{TableId}[{row},{ColumnId}]" : TableId;
        return (Reason, english) switch
        {
            (NotCheckedReason.ColumnNotPrinted, true) => $"{RuleId} not checked: {TableId} does not print column {ColumnId}",
            (NotCheckedReason.ColumnNotPrinted, false) => $"{RuleId} 无法核对：{TableId} 未印出“{ColumnId}”栏",
            (NotCheckedReason.OperandsBlank, true) => Row is null
                ? $"{RuleId} not checked: every cell it reads in {TableId} is blank"
                : $"{RuleId} not checked: {cell} is blank while the other side is printed; a blank is not compared as 0",
            (NotCheckedReason.OperandsBlank, false) => Row is null
                ? $"{RuleId} 无法核对：{TableId} 中所需单元格均为空"
                : $"{RuleId} 无法核对：{cell} 为空而另一方有数，空白不按 0 比较",
            (NotCheckedReason.TableAbsent, true) => Row is null ? $"{RuleId} not run: the document has no {TableId}" : $"{RuleId} not checked: {cell} is in {TableId}, which the document does not have",
            (NotCheckedReason.TableAbsent, false) => Row is null ? $"{RuleId} 未运行：文件中没有{TableId}" : $"{RuleId} 无法核对：{cell} 所在的{TableId}不在文件中",
            (NotCheckedReason.GuardNotMet, true) => $"{RuleId} not run: it applies only to administrative units",
            (NotCheckedReason.GuardNotMet, false) => $"{RuleId} 未运行：仅适用于行政单位（含参公管理单位）",
            (NotCheckedReason.SubjectNotFound, true) => $"{RuleId} not checked: the subject it names is not found in {cell}",
            (NotCheckedReason.NoText, true) => $"{RuleId} not checked: no explanatory text was given",
            (NotCheckedReason.NoText, false) => $"{RuleId} 无法核对：未提供说明文字",
            _ => $"{RuleId} 无法核对：{cell} 中找不到所述项目",
        };
    }
}
