using GovBudget.Disclosures;

namespace GovBudget.Narrative;

/// <summary>One mark of the proofreading pass (<see cref="NarrativeProofreader"/>).</summary>
/// <param name="RuleId">What was found: <see cref="NarrativeProofreader.LeftoverId"/>, <see cref="NarrativeProofreader.PlaceholderId"/> or <see cref="NarrativeProofreader.PunctuationId"/>.</param>
/// <param name="Span">Where it stands (page, line, columns from 1).</param>
/// <param name="Printed">The characters marked.</param>
/// <param name="Line">The line it stands in, trimmed.</param>
public sealed record ProofreadingIssue(string RuleId, TextSpan Span, string Printed, string Line)
{
    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {Span} “{Printed}”: {Line}";
}
