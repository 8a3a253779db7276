using GovBudget.Rules;
using GovBudget.Tables;

namespace GovBudget.Tests.Docs;

/// <summary>The committed catalogues in docs/ must equal what the library generates from its own objects.</summary>
public class GeneratedDocsTests
{
    [Fact]
    public void RuleCatalogue_CommittedPage_IsCurrent() => CheckDoc("rule-catalogue.md", RuleCatalogue.ToMarkdown());

    [Fact]
    public void TableCatalogue_CommittedPage_IsCurrent() => CheckDoc("tables.md", TableCatalogue.ToMarkdown());

    private static void CheckDoc(string name, string generated)
    {
        var path = Path.Combine(ReadmeTests.FindRepositoryRoot(), "docs", name);
        if (Environment.GetEnvironmentVariable("GOVBUDGET_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        File.Exists(path).ShouldBeTrue($"docs/{name} is missing: run GOVBUDGET_UPDATE_DOCS=1 dotnet test");
        File.ReadAllText(path).ReplaceLineEndings("\n").ShouldBe(generated, $"docs/{name} is stale: run GOVBUDGET_UPDATE_DOCS=1 dotnet test and commit it");
    }
}
