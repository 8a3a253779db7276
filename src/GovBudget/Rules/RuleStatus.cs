using GovBudget.Collections;

namespace GovBudget.Rules;

/// <summary>
/// What one rule did in a validation run: ran, ran partly, could not check anything, did not apply, or was disabled —
/// with its finding count, the number of relations it checked (for rule families that count them) and why it was
/// skipped. <see cref="ValidationReport.RuleStatuses"/> lists one per rule of the run, in rule order.
/// </summary>
/// <param name="RuleId">The rule.</param>
/// <param name="State">What became of it.</param>
public sealed record RuleStatus(string RuleId, RuleState State)
{
    /// <summary>The number of findings of the rule in the report (after <see cref="ValidationOptions.MinimumSeverity"/>).</summary>
    public int Findings { get; init; }

    /// <summary>How many relations (row, column and binding combinations) the rule checked, for families that count them (formula rules); <see langword="null"/> otherwise.</summary>
    public int? Checks { get; init; }

    /// <summary>How many <see cref="ValidationReport.NotChecked"/> entries the rule gave.</summary>
    public int NotCheckedCount { get; init; }

    /// <summary>Why (part of) the rule was not checked or did not run, distinct, in enum order; empty when it ran fully.</summary>
    public EquatableArray<NotCheckedReason> Reasons { get; init; }

    /// <summary>For <see cref="NotCheckedReason.TableAbsent"/>: the first table the rule reads that the document does not have.</summary>
    public string? AbsentTable { get; init; }

    /// <summary>A short sentence in Chinese (<c>zh</c>) or English: the state and, when skipped, why.</summary>
    public string Message(string language)
    {
        var english = language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var state = (State, english) switch
        {
            (RuleState.Ran, true) => "ran",
            (RuleState.Ran, false) => "已核对",
            (RuleState.Partly, true) => "partly checked",
            (RuleState.Partly, false) => "部分核对",
            (RuleState.NotChecked, true) => "not checked",
            (RuleState.NotChecked, false) => "无法核对",
            (RuleState.NotApplicable, true) => "not applicable",
            (RuleState.NotApplicable, false) => "不适用",
            (_, true) => "disabled",
            _ => "已停用",
        };
        if (Reasons.Count == 0)
        {
            return $"{RuleId} {state}";
        }

        var reasons = string.Join(english ? ", " : "、", Reasons.Select(r => ReasonText(r, english)));
        return english ? $"{RuleId} {state}: {reasons}" : $"{RuleId} {state}：{reasons}";
    }

    private string ReasonText(NotCheckedReason reason, bool english) => (reason, english) switch
    {
        (NotCheckedReason.ColumnNotPrinted, true) => "column not printed",
        (NotCheckedReason.ColumnNotPrinted, false) => "栏目未印出",
        (NotCheckedReason.OperandsBlank, true) => "operands blank",
        (NotCheckedReason.OperandsBlank, false) => "所需单元格为空",
        (NotCheckedReason.TableAbsent, true) => $"table {AbsentTable} absent",
        (NotCheckedReason.TableAbsent, false) => $"缺少{AbsentTable}",
        (NotCheckedReason.GuardNotMet, true) => "administrative units only",
        (NotCheckedReason.GuardNotMet, false) => "仅适用于行政单位",
        (NotCheckedReason.SubjectNotFound, true) => "subject not found",
        (NotCheckedReason.SubjectNotFound, false) => "找不到所述项目",
        (NotCheckedReason.NoText, true) => "no text",
        _ => "未提供说明文字",
    };
}
