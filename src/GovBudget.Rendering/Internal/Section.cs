namespace GovBudget.Rendering.Internal;

/// <summary>A rendered table of the disclosure (or a performance document): title, unit line, grids and notes.</summary>
internal sealed class Section
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Subtitle { get; init; }

    public string? UnitLine { get; init; }

    public List<Grid> Grids { get; } = [];

    public List<string> Notes { get; } = [];
}
