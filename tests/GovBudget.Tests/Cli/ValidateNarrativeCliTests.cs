using GovBudget.Tests.Narrative;

namespace GovBudget.Tests.Cli;

/// <summary><c>govbudget validate file.json --narrative file.txt</c>: statements read from the text, checked with the tables.</summary>
public sealed class ValidateNarrativeCliTests
{
    [SkippableFact]
    public void Validate_NarrativeSeedText_ReportsTheSlipsWithTheirLines()
    {
        var text = Path.Combine(SeedTexts.Folder, "wuchang-2026-budget.txt");
        SeedTexts.Load("wuchang-2026-budget.txt");

        var (exit, output, error) = CliProcess.Run("validate", "samples/wuchang-2026-budget.json", "--narrative", text);

        exit.ShouldBe(1);
        error.ShouldContain("figures not understood");
        output.ShouldContain("TXT.GROWTH");
        output.ShouldContain("说明第 1 页第 615 行");
        output.ShouldContain("说明第 1 页第 659 行");
    }

    /// <summary>洪山 2023 部门决算 prints 比全年预算增加(减少) twice (l.519, l.521): a text file validated on its own.</summary>
    [SkippableFact]
    public void Validate_SeedText_PrintsTheTwoLeftoversAtTheirLines()
    {
        SeedTexts.Load("hongshan-2023-settlement.txt");
        var (_, output, _) = CliProcess.Run("validate", Path.Combine(SeedTexts.Folder, "hongshan-2023-settlement.txt"));

        var proof = output.Split('\n').Where(l => l.Contains("TXT.PROOF.", StringComparison.Ordinal) && l.Contains("[警告]", StringComparison.Ordinal)).ToList();
        proof.Count.ShouldBe(2, output);
        proof[0].ShouldContain("TXT.PROOF.LEFTOVER");
        proof[0].ShouldContain("说明第 1 页第 519 行第 34 列");
        proof[1].ShouldContain("说明第 1 页第 521 行第 36 列");
        proof[1].ShouldContain("增加(减少)");
    }

    [SkippableFact]
    public void Validate_SeedTextAsJson_GivesTheSpanOfEachMark()
    {
        SeedTexts.Load("hongshan-2023-settlement.txt");
        var (_, output, _) = CliProcess.Run("validate", Path.Combine(SeedTexts.Folder, "hongshan-2023-settlement.txt"), "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(output);
        var spans = json.RootElement[0].GetProperty("report").GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString() == "TXT.PROOF.LEFTOVER")
            .Select(f => f.GetProperty("span"))
            .Select(s => (s.GetProperty("page").GetInt32(), s.GetProperty("line").GetInt32(), s.GetProperty("column").GetInt32(), s.GetProperty("endColumn").GetInt32()))
            .ToList();
        spans.ShouldBe([(1, 519, 34, 40), (1, 521, 36, 42)]);
    }

    /// <summary>With <c>--narrative</c>, a finding in the text is located in the text file (its region), not in the JSON.</summary>
    [SkippableFact]
    public void Validate_NarrativeAsSarif_LocatesTheMarksInTheTextFile()
    {
        SeedTexts.Load("hongshan-2023-settlement.txt");
        var text = Path.Combine(SeedTexts.Folder, "hongshan-2023-settlement.txt");
        var (_, output, _) = CliProcess.Run("validate", "samples/hongshan-2023-settlement.json", "--narrative", text, "--format", "sarif");

        using var sarif = System.Text.Json.JsonDocument.Parse(output);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString() == "TXT.PROOF.LEFTOVER").ToList();
        results.Count.ShouldBe(2);
        var location = results[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString()!.ShouldEndWith("hongshan-2023-settlement.txt");
        var region = location.GetProperty("region");
        (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()).ShouldBe((519, 34, 519, 40));
    }

    /// <summary>Pages split at form feeds: the SARIF region is the line of the file, not of the page.</summary>
    [Fact]
    public void Validate_NarrativeWithPages_SarifRegionIsTheFileLine()
    {
        var folder = Directory.CreateTempSubdirectory("govbudget-proof-").FullName;
        try
        {
            var text = Path.Combine(folder, "text.txt");
            File.WriteAllText(text, "第一页\n\f第二页\n支出比上年增加（减少）1.00 万元。\n");
            var (_, output, _) = CliProcess.Run("validate", "samples/hongshan-2023-settlement.json", "--narrative", text, "--format", "sarif");

            using var sarif = System.Text.Json.JsonDocument.Parse(output);
            var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "TXT.PROOF.LEFTOVER");
            var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()).ShouldBe((3, 6));
            result.GetProperty("message").GetProperty("text").GetString()!.ShouldContain("说明第 2 页第 2 行第 6 列");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Validate_NarrativeFileMissing_Exits2()
        => CliProcess.Run("validate", "samples/wuchang-2026-budget.json", "--narrative", "no-such-narrative.txt").ExitCode.ShouldBe(2);
}
