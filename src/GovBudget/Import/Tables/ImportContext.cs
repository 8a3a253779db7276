using GovBudget.Classification;

namespace GovBudget.Import.Tables;

/// <summary>What the reader learns across the tables of one document (unit codes by name) and the catalog it names 类 by.</summary>
internal sealed class ImportContext
{
    private readonly Dictionary<string, FunctionalCode> _classes = new(StringComparer.Ordinal);

    public ImportContext(int year)
    {
        var catalog = CatalogSet.BuiltIn.Functional(year);
        foreach (var entry in catalog.Entries)
        {
            if (entry.Code.Level == SubjectLevel.Class)
            {
                _classes.TryAdd(ImportText.Compact(entry.Name), entry.Code);
            }
        }
    }

    public Dictionary<string, string> UnitCodesByName { get; } = new(StringComparer.Ordinal);

    /// <summary>The x of the vertical ruling lines of each page (PDF sources draw the table grid), sorted.</summary>
    public Dictionary<int, decimal[]> VerticalRulesByPage { get; } = [];

    public FunctionalCode? ClassByName(string compactLabel)
        => _classes.TryGetValue(compactLabel, out var code) ? code : null;
}
