using System.Text.Json;

namespace GovBudget.Tests.Cli;

/// <summary>
/// Issue 16, deliverable 2: <c>validate</c> exposes the library's options — <c>--catalog</c> (merge or replace),
/// <c>--rules</c>, <c>--disable</c>, <c>--severity</c> — each with a test that fails if the option is ignored.
/// </summary>
public sealed class CliValidateOptionsTests : IDisposable
{
    private const string Hongshan = "samples/hongshan-2021-budget.json";
    private const string Wuchang = "samples/wuchang-2026-budget.json";
    private const string Huangpi = "samples/huangpi-2023-unit-budget.json";

    private readonly string _temp = Directory.CreateTempSubdirectory("govbudget-options-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The rule ids of the findings of a one-document JSON report, with repetitions.</summary>
    private static List<string> RuleIds(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement[0].GetProperty("report").GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!)];
    }

    private static List<string> Severities(string json, string ruleId)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement[0].GetProperty("report").GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString() == ruleId)
            .Select(f => f.GetProperty("severity").GetString()!)];
    }

    [Fact]
    public void Disable_RemovesExactlyThatRulesFindings()
    {
        var before = RuleIds(CliProcess.Run("validate", Wuchang, "--format", "json", "--min-severity", "info").Output);
        var (exit, output, error) = CliProcess.Run("validate", Wuchang, "--format", "json", "--min-severity", "info", "--disable", "TXT.GROWTH", "--disable", "BUD.T12.T10");

        error.ShouldBeEmpty();
        before.ShouldContain("TXT.GROWTH");
        before.Count(id => id == "BUD.T12.T10").ShouldBe(3); // one 尾差, two projects not found
        var after = RuleIds(output);
        after.ShouldBe(before.Where(id => id is not ("TXT.GROWTH" or "BUD.T12.T10")).ToList());
        exit.ShouldBe(1); // --min-severity info: the 尾差 left count
        CliProcess.Run("validate", Wuchang).ExitCode.ShouldBe(1);
        CliProcess.Run("validate", Wuchang, "--disable", "TXT.GROWTH", "--disable", "BUD.T12.T10").ExitCode.ShouldBe(0); // the four warnings were theirs
    }

    [Fact]
    public void Disable_UnknownRule_IsAUsageError()
    {
        var (exit, _, error) = CliProcess.Run("validate", Wuchang, "--disable", "NO.SUCH.RULE");

        exit.ShouldBe(3);
        error.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("NO.SUCH.RULE");
    }

    [Fact]
    public void Severity_RaisesTheLevelAndTheExitCode()
    {
        var plain = CliProcess.Run("validate", Wuchang, "--format", "json", "--min-severity", "error");
        var raised = CliProcess.Run("validate", Wuchang, "--format", "json", "--min-severity", "error", "--severity", "BUD.T12.T10=error");

        plain.ExitCode.ShouldBe(0);
        raised.ExitCode.ShouldBe(1);
        Severities(CliProcess.Run("validate", Wuchang, "--format", "json").Output, "BUD.T12.T10").ShouldBe(["info", "warning", "warning"]);
        Severities(raised.Output, "BUD.T12.T10").ShouldBe(["info", "error", "error"]); // the 尾差 stays info
    }

    [Fact]
    public void Severity_Lowered_ClearsTheExitCode()
    {
        var (exit, output, _) = CliProcess.Run("validate", Wuchang, "--format", "json", "--severity", "BUD.T12.T10=info", "--severity", "TXT.GROWTH=info");

        exit.ShouldBe(0);
        Severities(output, "TXT.GROWTH").ShouldAllBe(s => s == "info");
        Severities(output, "BUD.T12.T10").ShouldBe(["info", "info", "info"]);
    }

    [Theory]
    [InlineData("BUD.T12.T10=fatal")]
    [InlineData("BUD.T12.T10")]
    [InlineData("=error")]
    [InlineData("NO.SUCH.RULE=error")]
    public void Severity_BadValue_IsExit3WithAClearMessage(string value)
    {
        var (exit, output, error) = CliProcess.Run("validate", Wuchang, "--severity", value);

        exit.ShouldBe(3);
        output.ShouldBeEmpty();
        error.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain(value);
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public void Catalog_Merged_SuppliesTheNameTheDocumentPrints()
    {
        // 洪山 2021 prints 233 as 债务发行费支出; the built-in 2021 catalog says 债务发行费用支出 (two CAT.NAME warnings).
        var catalog = Write("functional-2021.csv", "# kind=functional\n# edition=2021\ncode,name\n233,债务发行费支出\n");

        var before = RuleIds(CliProcess.Run("validate", Hongshan, "--format", "json").Output);
        var (_, output, error) = CliProcess.Run("validate", Hongshan, "--format", "json", "--catalog", catalog);

        error.ShouldBeEmpty();
        before.Count(id => id == "CAT.NAME").ShouldBe(2);
        var after = RuleIds(output);
        after.ShouldNotContain("CAT.NAME");
        after.ShouldNotContain("CAT.CODE"); // merged: every other code is still known
    }

    [Fact]
    public void Catalog_Replace_UsesOnlyTheGivenEdition()
    {
        // A "complete" 2021 edition with a single code: replacing the built-in one, every other printed code is unknown.
        var catalog = Write("functional-2021.json", """{ "kind": "functional", "complete": true, "edition": 2021, "rows": [ { "code": "233", "name": "债务发行费支出" } ] }""");

        var merged = RuleIds(CliProcess.Run("validate", Hongshan, "--format", "json", "--catalog", catalog).Output);
        var (exit, output, error) = CliProcess.Run("validate", Hongshan, "--format", "json", "--catalog", catalog, "--catalog-mode", "replace");

        error.ShouldBeEmpty();
        exit.ShouldBe(1);
        merged.ShouldNotContain("CAT.CODE");
        RuleIds(output).Count(id => id == "CAT.CODE").ShouldBeGreaterThan(5);
    }

    [Fact]
    public void Catalog_Malformed_IsOneLineNamingTheFile()
    {
        var catalog = Write("bad.csv", "# kind=functional\ncode,name\nABC,名称\n");

        var (exit, _, error) = CliProcess.Run("validate", Hongshan, "--catalog", catalog);

        exit.ShouldBe(2);
        var line = error.Trim().Split('\n').ShouldHaveSingleItem();
        line.ShouldContain("bad.csv");
        line.ShouldContain("line 3");
    }

    [Fact]
    public void Rules_FileOfFormulaRules_AreRun()
    {
        // The same relation as BUD.T5-1.BASIC under a user id: it must find what the built-in rule finds.
        var rules = Write("rules.json", """
            [ { "id": "USER.BASIC", "class": "basicBalance", "descriptionZh": "基本支出等于人员经费加公用经费", "descriptionEn": "basic = personnel + public",
                "formula": "表5-1: [*,基本支出] = [*,人员经费] + [*,公用经费]" } ]
            """);

        var (exit, output, error) = CliProcess.Run("validate", Huangpi, "--format", "json", "--min-severity", "info", "--strict", "--rules", rules);

        error.ShouldBeEmpty();
        exit.ShouldBe(1);
        var ids = RuleIds(output);
        ids.Count(id => id == "BUD.T5-1.BASIC").ShouldBe(1);
        ids.Count(id => id == "USER.BASIC").ShouldBe(1);
        Severities(output, "USER.BASIC").ShouldBe(["error"]);
    }

    [Fact]
    public void Rules_CanBeDisabledAndOverriddenLikeBuiltInOnes()
    {
        var rules = Write("rules.json", """
            [ { "id": "USER.BASIC", "class": "logical", "descriptionZh": "基本支出等于人员经费加公用经费", "descriptionEn": "basic = personnel + public",
                "formula": "表5-1: [*,基本支出] = [*,人员经费] + [*,公用经费]" } ]
            """);

        var overridden = CliProcess.Run("validate", Huangpi, "--format", "json", "--strict", "--rules", rules, "--severity", "USER.BASIC=warning");
        var disabled = CliProcess.Run("validate", Huangpi, "--format", "json", "--strict", "--rules", rules, "--disable", "USER.BASIC");

        Severities(overridden.Output, "USER.BASIC").ShouldBe(["warning"]);
        RuleIds(disabled.Output).ShouldNotContain("USER.BASIC");
    }

    [Fact]
    public void Rules_BadFormula_SaysFileAndPositionInOneLine()
    {
        var rules = Write("bad-rules.json", """
            [ { "id": "USER.BAD", "class": "basicBalance", "descriptionZh": "坏公式", "descriptionEn": "bad",
                "formula": "表5-1: [*,基本支出] = = [*,人员经费]" } ]
            """);

        var (exit, output, error) = CliProcess.Run("validate", Huangpi, "--rules", rules);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        var line = error.Trim().Split('\n').ShouldHaveSingleItem();
        line.ShouldContain("bad-rules.json");
        line.ShouldContain("column");
        line.ShouldContain("$[0].formula");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public void Rules_MalformedJson_SaysFileAndLine()
    {
        var rules = Write("broken.json", "[ { \"id\": \"X\",\n  \"class\": }\n]");

        var (exit, _, error) = CliProcess.Run("validate", Huangpi, "--rules", rules);

        exit.ShouldBe(2);
        var line = error.Trim().Split('\n').ShouldHaveSingleItem();
        line.ShouldContain("broken.json");
        line.ShouldContain("line 2");
    }

    [Fact]
    public void Rules_InSarif_AreListedInTheDriver()
    {
        var rules = Write("rules.json", """
            [ { "id": "USER.BASIC", "class": "basicBalance", "descriptionZh": "基本支出等于人员经费加公用经费", "descriptionEn": "basic = personnel + public",
                "formula": "表5-1: [*,基本支出] = [*,人员经费] + [*,公用经费]" } ]
            """);

        var (_, output, _) = CliProcess.Run("validate", Huangpi, "--format", "sarif", "--strict", "--rules", rules);

        output.ShouldContain("\"ruleId\": \"USER.BASIC\"");
        SarifChecker.Check(output).ShouldBeEmpty();
    }

    [Fact]
    public void TableSet_WorksWithTheOtherOptions_ItsRulesCanBeDisabledAndOverridden()
    {
        var setFile = Write("example.budget.json", TableSets.TableSetLoadTests.MadeUpProvince);
        var set = GovBudget.TableSets.TableSet.Load(setFile);
        var disclosure = GovBudget.Building.DisclosureBuilder.Budget(2025).TableSet(set).Department(null, "某省某厅")
            .Table("甲2", t => t.Total("100.00", "70.00", "35.00"))
            .Build();
        var document = Write("doc.json", GovBudget.Serialization.DisclosureJson.Serialize(disclosure, new GovBudget.Serialization.DisclosureJsonOptions { TableSets = GovBudget.TableSets.TableSetRegistry.BuiltIn.With(set) }));

        var plain = CliProcess.Run("validate", document, "--table-set", setFile, "--format", "json");
        var raised = CliProcess.Run("validate", document, "--table-set", setFile, "--format", "json", "--severity", "EX.A2.COLS=warning");
        var disabled = CliProcess.Run("validate", document, "--table-set", setFile, "--format", "json", "--disable", "EX.A2.COLS");
        var unknownWithoutSet = CliProcess.Run("validate", document, "--disable", "EX.A2.COLS");

        plain.ExitCode.ShouldBe(1);
        Severities(plain.Output, "EX.A2.COLS").ShouldHaveSingleItem().ShouldNotBe("warning");
        Severities(raised.Output, "EX.A2.COLS").ShouldBe(["warning"]);
        RuleIds(disabled.Output).ShouldNotContain("EX.A2.COLS");
        unknownWithoutSet.ExitCode.ShouldBe(3); // the id is known only through the set file
    }
}
