namespace GovBudget.Narrative;

/// <summary>One line of a document's text, with the page it is on and its number on that page (both from 1).</summary>
/// <param name="Page">The page (from 1).</param>
/// <param name="Number">The line number on the page (from 1; blank lines count).</param>
/// <param name="Text">The line as extracted, without its line break.</param>
public sealed record NarrativeLine(int Page, int Number, string Text);
