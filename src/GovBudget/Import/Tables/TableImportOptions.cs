using System.Collections.Immutable;
using GovBudget.Tables;
using GovBudget.TableSets;

namespace GovBudget.Import.Tables;

/// <summary>Options of <see cref="TableImporter"/>.</summary>
public sealed record TableImportOptions
{
    /// <summary>The default options: recognise everything, use the built-in specs of the recognised kind.</summary>
    public static TableImportOptions Default { get; } = new();

    /// <summary>The table specs to look for; default: the specs of <see cref="TableSet"/> (or of the recognised set).</summary>
    public ImmutableArray<ImportTableSpec> Specs { get; init; }

    /// <summary>The disclosure kind, overriding recognition.</summary>
    public DisclosureKind? Kind { get; init; }

    /// <summary>The table set whose tables are looked for, overriding recognition (which picks, among <see cref="TableSets"/> of the document's kind, the set whose printed titles the document matches best).</summary>
    public TableSet? TableSet { get; init; }

    /// <summary>The table sets recognition chooses from (default: the built-in sets).</summary>
    public TableSetRegistry TableSets { get; init; } = TableSetRegistry.BuiltIn;

    /// <summary>The year, overriding recognition.</summary>
    public int? Year { get; init; }

    /// <summary>The department or unit name, overriding recognition.</summary>
    public string? Department { get; init; }
}
