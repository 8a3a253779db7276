namespace GovBudget.Tables;

/// <summary>Says in a few words how two table definitions differ, for messages.</summary>
internal static class TableDefinitionDifference
{
    /// <summary>The first differences between <paramref name="expected"/> and <paramref name="actual"/>.</summary>
    public static string Describe(TableDefinition expected, TableDefinition actual)
    {
        var differences = new List<string>();
        var expectedColumns = expected.Columns.Select(c => c.Id).ToList();
        var actualColumns = actual.Columns.Select(c => c.Id).ToList();
        if (!expectedColumns.SequenceEqual(actualColumns, StringComparer.Ordinal))
        {
            differences.Add($"columns: the set has {Join(expectedColumns)}, the table has {Join(actualColumns)}");
        }
        else if (!expected.Columns.Equals(actual.Columns))
        {
            var i = Enumerable.Range(0, expected.Columns.Count).First(i => !expected.Columns[i].Equals(actual.Columns[i]));
            differences.Add($"column {expected.Columns[i].Id}: the set has {expected.Columns[i]}, the table has {actual.Columns[i]}");
        }

        if (!expected.RowKinds.Equals(actual.RowKinds))
        {
            differences.Add($"row kinds: the set has {Join(expected.RowKinds.Select(k => k.ToString()))}, the table has {Join(actual.RowKinds.Select(k => k.ToString()))}");
        }

        if (!expected.Lines.Equals(actual.Lines))
        {
            differences.Add($"lines: the set has {expected.Lines.Count}, the table has {actual.Lines.Count}");
        }

        if (expected.NameZh != actual.NameZh || expected.NameEn != actual.NameEn)
        {
            differences.Add($"name: the set has {expected.NameZh}, the table has {actual.NameZh}");
        }

        if (expected.Disclosure != actual.Disclosure)
        {
            differences.Add($"kind: the set has {expected.Disclosure}, the table has {actual.Disclosure}");
        }

        return differences.Count > 0 ? string.Join("; ", differences) : "printed formulas differ";
    }

    private static string Join(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";
}
