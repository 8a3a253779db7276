namespace GovBudget.Tests.Fixtures;

/// <summary>Reads the seed documents (text extracted from the published PDFs) that the fixtures transcribe.</summary>
public static class SeedText
{
    /// <summary>The text of a seed document, e.g. <c>wuchang-2026-budget</c>.</summary>
    public static string Read(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Seeds", name + ".txt");
        return File.ReadAllText(path);
    }

    /// <summary><see langword="true"/> when the seed document is available (it lives in the shared folder beside the repository).</summary>
    public static bool Available(string name) => File.Exists(Path.Combine(AppContext.BaseDirectory, "Seeds", name + ".txt"));
}
