namespace GovBudget.Import.Layout;

/// <summary>A run of letters printed together (no gap wider than a space), with its box and page.</summary>
/// <param name="Text">The letters, in reading order.</param>
/// <param name="Box">Where the word is printed.</param>
/// <param name="Page">The 1-based page number.</param>
public sealed record LayoutWord(string Text, LayoutBox Box, int Page);
