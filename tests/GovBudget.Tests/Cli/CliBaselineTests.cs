using System.Text.Json;

namespace GovBudget.Tests.Cli;

/// <summary>
/// Issue 16, deliverable 2: a baseline of accepted findings (<c>--write-baseline</c>, <c>--baseline</c>). Findings it
/// lists are suppressed (text: counted, not listed; JSON: <c>suppressed</c> indexes; SARIF: <c>suppressions</c> and
/// <c>baselineState</c>) and do not count for the exit code; a changed figure gives a new finding.
/// </summary>
public sealed class CliBaselineTests : IDisposable
{
    private const string Hongshan = "samples/hongshan-2021-budget.json";

    private readonly string _temp = Directory.CreateTempSubdirectory("govbudget-baseline-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string WriteBaseline(params string[] inputs)
    {
        var baseline = Path.Combine(_temp, $"baseline-{Guid.NewGuid():N}.json");
        var (exit, _, error) = CliProcess.Run(["validate", .. inputs, "--write-baseline", baseline]);
        error.ShouldBeEmpty();
        exit.ShouldBe(1);
        File.Exists(baseline).ShouldBeTrue();
        return baseline;
    }

    /// <summary>洪山 2021 with the printed 占比 of 基本支出 in 表11 changed from 35.14% to 35.15% (still a slip, another figure).</summary>
    private string ChangedHongshan()
    {
        var text = File.ReadAllText(Path.Combine(Docs.ReadmeTests.FindRepositoryRoot(), Hongshan));
        text.Split("\"share\": \"35.14%\"").Length.ShouldBe(2);
        var path = Path.Combine(_temp, "hongshan-2021-budget-changed.json");
        File.WriteAllText(path, text.Replace("\"share\": \"35.14%\"", "\"share\": \"35.15%\"", StringComparison.Ordinal));
        return path;
    }

    [Fact]
    public void Baseline_OfTheRunsOwnFindings_GivesNoNewFindingAndExit0()
    {
        var baseline = WriteBaseline("samples");

        var (exit, output, error) = CliProcess.Run("validate", "samples", "--baseline", baseline);

        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        output.ShouldNotContain("[警告]");
        output.ShouldNotContain("[错误]");
        output.ShouldNotContain("[不一致]");
        output.ShouldContain("[基线] 10 条发现已在基线中接受，未列出"); // 洪山 2021: the ten findings at or above warning
        output.ShouldContain("显示 0 条发现");
    }

    [Fact]
    public void Baseline_IsKeyedByDocumentNotFileName()
    {
        var baseline = WriteBaseline(Hongshan);
        var copy = Path.Combine(_temp, "renamed.json");
        File.Copy(Path.Combine(Docs.ReadmeTests.FindRepositoryRoot(), Hongshan), copy);

        CliProcess.Run("validate", copy, "--baseline", baseline).ExitCode.ShouldBe(0);
        CliProcess.Run("validate", copy, "--baseline", baseline, "--lang", "en").ExitCode.ShouldBe(0); // not keyed by message text
    }

    [Fact]
    public void Baseline_ChangedCell_GivesExactlyOneNewFinding()
    {
        var baseline = WriteBaseline(Hongshan);
        var changed = ChangedHongshan();

        var (exit, output, _) = CliProcess.Run("validate", changed, "--baseline", baseline, "--format", "json");

        exit.ShouldBe(1);
        using var json = JsonDocument.Parse(output);
        var item = json.RootElement[0];
        var findings = item.GetProperty("report").GetProperty("findings").EnumerateArray().ToList();
        var shown = Enumerable.Range(0, findings.Count).Where(i => findings[i].GetProperty("severity").GetString() != "info").ToList();
        var suppressed = item.GetProperty("suppressed").EnumerateArray().Select(e => e.GetInt32()).ToList();
        var fresh = shown.Except(suppressed).ToList();
        fresh.Count.ShouldBe(1);
        findings[fresh[0]].GetProperty("ruleId").GetString().ShouldBe("BUD.T11.SHARE");
        findings[fresh[0]].GetProperty("printedRate").GetString().ShouldBe("35.15%");
        suppressed.Count.ShouldBe(shown.Count - 1);
    }

    [Fact]
    public void Baseline_Text_ListsOnlyTheNewFinding()
    {
        var baseline = WriteBaseline(Hongshan);

        var (exit, output, _) = CliProcess.Run("validate", ChangedHongshan(), "--baseline", baseline);

        exit.ShouldBe(1);
        output.Split('\n').Count(l => l.StartsWith("  [错误]", StringComparison.Ordinal) || l.StartsWith("  [警告]", StringComparison.Ordinal) || l.StartsWith("  [不一致]", StringComparison.Ordinal)).ShouldBe(1);
        output.ShouldContain("35.15%");
        output.ShouldContain("[基线] 9 条发现已在基线中接受");
    }

    [Fact]
    public void Baseline_Sarif_MarksSuppressedAndNewResults_AndPassesTheChecker()
    {
        var baseline = WriteBaseline(Hongshan);

        var (exit, output, _) = CliProcess.Run("validate", ChangedHongshan(), "--baseline", baseline, "--format", "sarif");

        exit.ShouldBe(1);
        SarifChecker.Check(output).ShouldBeEmpty();
        using var sarif = JsonDocument.Parse(output);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        results.Count.ShouldBe(10);
        var fresh = results.Where(r => r.GetProperty("baselineState").GetString() == "new").ToList();
        fresh.ShouldHaveSingleItem().TryGetProperty("suppressions", out _).ShouldBeFalse();
        var unchanged = results.Where(r => r.GetProperty("baselineState").GetString() == "unchanged").ToList();
        unchanged.Count.ShouldBe(9);
        unchanged.ShouldAllBe(r => r.GetProperty("suppressions")[0].GetProperty("kind").GetString() == "external");
    }

    [Fact]
    public void Baseline_WithoutOne_SarifHasNoBaselineState()
    {
        var (_, output, _) = CliProcess.Run("validate", Hongshan, "--format", "sarif");

        output.ShouldNotContain("baselineState");
        output.ShouldNotContain("suppressions");
    }

    [Fact]
    public void Baseline_File_HasTheDocumentedShape()
    {
        var baseline = WriteBaseline(Hongshan);

        using var json = JsonDocument.Parse(File.ReadAllText(baseline));
        json.RootElement.GetProperty("version").GetInt32().ShouldBe(1);
        var entries = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        entries.Count.ShouldBe(10);
        var share = entries.Where(e => e.GetProperty("ruleId").GetString() == "BUD.T11.SHARE").ShouldHaveSingleItem();
        share.GetProperty("document").GetString().ShouldBe("budget/2021/046/武汉市洪山区医疗保障局");
        share.GetProperty("location").GetString().ShouldBe("表11[I:支出构成.基本支出,占比]");
        share.GetProperty("printedRate").GetString().ShouldBe("35.14%");
    }

    [Fact]
    public void Baseline_File_ConformsToThePublishedSchema()
    {
        var baseline = WriteBaseline("samples");
        var schema = Json.Schema.JsonSchema.FromText(File.ReadAllText(Path.Combine(Docs.ReadmeTests.FindRepositoryRoot(), "docs", "baseline.schema.json")));

        using var written = JsonDocument.Parse(File.ReadAllText(baseline));
        using var wrong = JsonDocument.Parse("""{ "version": 1, "findings": [ { "ruleId": "X", "location": "表1[合计,合计]" } ] }""");
        schema.Evaluate(written.RootElement).IsValid.ShouldBeTrue();
        schema.Evaluate(wrong.RootElement).IsValid.ShouldBeFalse(); // no document
    }

    [Theory]
    [InlineData("{ \"version\": 2, \"findings\": [] }", "version")]
    [InlineData("{ \"version\": 1, \"findings\": [ { \"ruleId\": \"X\" } ] }", "$.findings[0].document")]
    [InlineData("{ \"version\": 1,\n \"findings\": [ }", "line 2")]
    public void Baseline_Malformed_IsOneLineAndExit2(string content, string expected)
    {
        var baseline = Path.Combine(_temp, "bad-baseline.json");
        File.WriteAllText(baseline, content);

        var (exit, _, error) = CliProcess.Run("validate", Hongshan, "--baseline", baseline);

        exit.ShouldBe(2);
        var line = error.Trim().Split('\n').ShouldHaveSingleItem();
        line.ShouldContain("bad-baseline.json");
        line.ShouldContain(expected);
    }
}
