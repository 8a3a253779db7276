namespace GovBudget.Import.Tables;

/// <summary>A line of text outside the tables, in reading order.</summary>
/// <param name="Page">The 1-based page.</param>
/// <param name="Line">The 1-based line on the page.</param>
/// <param name="Text">The text (words joined).</param>
public sealed record ImportedTextLine(int Page, int Line, string Text);
