using GovBudget.Disclosures;

namespace GovBudget.Narrative;

/// <summary>One mark of the proofreading pass (<see cref="NarrativeProofreader"/>).</summary>
/// <param name="RuleId">What was found: one of <see cref="NarrativeProofreader.Ids"/>.</param>
/// <param name="Span">Where it stands (page, line, columns from 1).</param>
/// <param name="Printed">The characters marked.</param>
/// <param name="Line">The line it stands in, trimmed.</param>
public sealed record ProofreadingIssue(string RuleId, TextSpan Span, string Printed, string Line)
{
    /// <summary>Why it is marked, in Chinese, when the id alone does not say (“，文件为 2025 年预算”); empty otherwise.</summary>
    public string ReasonZh { get; init; } = string.Empty;

    /// <summary>Why it is marked, in English; empty when the id alone says it.</summary>
    public string ReasonEn { get; init; } = string.Empty;

    /// <summary>
    /// <see langword="true"/> for a mark to note rather than a slip (reported as <c>Info</c>): 本单位 in a department's
    /// document, usual when the department has one unit.
    /// </summary>
    public bool IsNote { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {Span} “{Printed}”: {Line}";
}
