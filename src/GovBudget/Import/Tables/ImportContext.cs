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

    public FunctionalCode? ClassByName(string compactLabel)
        => _classes.TryGetValue(compactLabel, out var code) ? code : null;
}
