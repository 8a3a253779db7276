using System.Collections.Immutable;

namespace GovBudget.Import.Layout;

/// <summary>One page: its size, its words and its ruling lines.</summary>
/// <param name="Number">The 1-based page number.</param>
/// <param name="Width">The page width (points, or characters for layout text).</param>
/// <param name="Height">The page height (points, or lines for layout text).</param>
/// <param name="Words">The words, in the order the source gives them.</param>
/// <param name="Rules">The ruling lines (empty for text sources).</param>
public sealed record LayoutPage(int Number, decimal Width, decimal Height, ImmutableArray<LayoutWord> Words, ImmutableArray<LayoutRule> Rules);
