using System.Collections.Immutable;
using GovBudget.Disclosures;
using GovBudget.Tables;

namespace GovBudget.Import.Tables;

/// <summary>Options of <see cref="TableImporter"/>.</summary>
public sealed record TableImportOptions
{
    /// <summary>The default options: recognise everything, use the built-in specs of the recognised kind.</summary>
    public static TableImportOptions Default { get; } = new();

    /// <summary>The table specs to look for; default: the built-in specs of <see cref="Kind"/> (or the recognised kind).</summary>
    public ImmutableArray<ImportTableSpec> Specs { get; init; }

    /// <summary>The disclosure kind, overriding recognition.</summary>
    public DisclosureKind? Kind { get; init; }

    /// <summary>The budget layout (current or older) whose built-in specs are used when <see cref="Specs"/> is not set.</summary>
    public BudgetLayout Layout { get; init; }

    /// <summary>The year, overriding recognition.</summary>
    public int? Year { get; init; }

    /// <summary>The department or unit name, overriding recognition.</summary>
    public string? Department { get; init; }
}
