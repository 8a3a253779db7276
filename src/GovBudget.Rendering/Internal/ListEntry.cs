using GovBudget.Tables;

namespace GovBudget.Rendering.Internal;

/// <summary>An entry of the figures and statements lists, with the pseudo-address findings refer to.</summary>
internal sealed record ListEntry(string Text, CellAddress? Address);
