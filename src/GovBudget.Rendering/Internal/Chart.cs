using GovBudget.Amounts;

namespace GovBudget.Rendering.Internal;

/// <summary>A chart to draw: kind, title and labelled values.</summary>
internal sealed record Chart(string Number, string Title, bool Pie, IReadOnlyList<(string Label, ReportedValue Value)> Values);
