using GovBudget.Disclosures;

namespace GovBudget.Narrative;

/// <summary>
/// A figure of the text that looks like part of a statement (a number with 万元, 元 or %) but that
/// <see cref="NarrativeExtractor"/> did not read into one: listed, never dropped silently.
/// </summary>
/// <param name="Span">Where the figure stands.</param>
/// <param name="Figure">The figure as printed (<c>61.96 万元</c>).</param>
/// <param name="Sentence">The sentence it stands in.</param>
/// <param name="Reason">Why it was not read (in English).</param>
public sealed record UnreadFigure(TextSpan Span, string Figure, string Sentence, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Span} {Figure}: {Reason} — {Sentence}";
}
