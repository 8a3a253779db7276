using Xunit.Abstractions;
using GovBudget.Tests.Docs;

namespace GovBudget.Tests.Import;

/// <summary>
/// The real documents beside the repository (<c>../shared/seeds</c>, <c>../shared/corpus</c>). They are never copied
/// into the repository; under CI (CI=true) they must be present, locally a test without them returns with a reason.
/// </summary>
internal static class SharedDocuments
{
    public static string? Folder(string name, ITestOutputHelper output)
    {
        var folder = Path.GetFullPath(Path.Combine(ReadmeTests.FindRepositoryRoot(), "..", "shared", name));
        if (Directory.Exists(folder))
        {
            return folder;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI=true but the shared documents folder {folder} is absent.");
        }

        output.WriteLine($"skipped: {folder} is absent (the real documents are not part of the repository)");
        return null;
    }
}
