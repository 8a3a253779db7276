using GovBudget.Narrative;
using GovBudget.Tests.Docs;

namespace GovBudget.Tests.Narrative;

/// <summary>
/// The seed texts beside the repository (<c>../shared/seeds/*.txt</c>, never copied into it). A missing text skips the
/// test with the reason, except in CI (<c>CI=true</c>), where it fails.
/// </summary>
internal static class SeedTexts
{
    public static string Folder => Path.GetFullPath(Path.Combine(ReadmeTests.FindRepositoryRoot(), "..", "shared", "seeds"));

    public static NarrativeText Load(string fileName)
    {
        var path = Path.Combine(Folder, fileName);
        if (!File.Exists(path))
        {
            var reason = $"seed text {fileName} is absent: expected in {Folder} (the shared seeds beside the repository)";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(reason + "; CI=true requires it.");
            }

            Console.WriteLine("[skipped] " + reason);
            Skip.If(true, reason);
        }

        return NarrativeText.Load(path);
    }
}
