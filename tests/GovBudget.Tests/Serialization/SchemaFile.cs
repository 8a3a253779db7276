namespace GovBudget.Tests.Serialization;

/// <summary>Finds <c>docs/disclosure.schema.json</c> from the test output folder.</summary>
public static class SchemaFile
{
    /// <summary>The path of the schema in the repository.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "docs", "disclosure.schema.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/disclosure.schema.json not found above " + AppContext.BaseDirectory);
    }
}
