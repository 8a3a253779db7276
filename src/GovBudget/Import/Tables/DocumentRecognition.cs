using GovBudget.Tables;
using GovBudget.TableSets;

namespace GovBudget.Import.Tables;

/// <summary>What the document is, as recognised from its cover and captions (or given by options).</summary>
/// <param name="Kind">Budget or settlement, if recognised.</param>
/// <param name="Year">The budget or settlement year, if recognised.</param>
/// <param name="Department">The department or unit name, if recognised.</param>
public sealed record DocumentRecognition(DisclosureKind? Kind, int? Year, string? Department)
{
    /// <summary>The table set the tables were read with (given, or recognised from the printed titles).</summary>
    public TableSet? TableSet { get; init; }
}
