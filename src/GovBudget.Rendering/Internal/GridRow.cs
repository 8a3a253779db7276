namespace GovBudget.Rendering.Internal;

/// <summary>A body row; <see cref="Strong"/> marks total rows.</summary>
internal sealed record GridRow(List<GridCell> Cells, bool Strong);
