using System.Text;
using System.Text.Json;
using GovBudget.Tests.Hostile;

namespace GovBudget.Tests.Cli;

/// <summary>The CLI contract of issue 13: exit codes, one-line errors, batches that go on, folders, standard input, SARIF by the spec.</summary>
public sealed class CliContractTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("govbudget-contract-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string GoodLine => HostilePipeline.FixtureText("two-good-then-bad.jsonl").Split('\n')[0];

    [Fact]
    public void Validate_UnwritableOutput_Exits3WithOneLineAndNoStackTrace()
    {
        var (exit, _, error) = CliProcess.Run("validate", "samples/wuchang-2026-budget.json", "-o", Path.Combine(_temp, "missing", "folder", "out.txt"));

        exit.ShouldBe(3);
        error.ShouldContain("cannot write");
        error.ShouldNotContain("   at ");
        error.Trim().Split('\n').Length.ShouldBe(1);
    }

    [Fact]
    public void Validate_EmptyFolder_SaysNoDisclosuresFoundAndExits2()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_temp, "empty")).FullName;

        var (exit, _, error) = CliProcess.Run("validate", empty, "--lang", "en");

        exit.ShouldBe(2);
        error.ShouldContain("no disclosures found");
    }

    [Fact]
    public void Validate_BatchWithABadLine_ReportsItsLineAndValidatesTheLinesAfterIt()
    {
        var batch = Path.Combine(_temp, "batch.jsonl");
        var lines = Enumerable.Repeat(GoodLine, 600).ToList();
        lines[499] = "{}";
        File.WriteAllText(batch, string.Join('\n', lines) + "\n");

        var (exit, output, _) = CliProcess.Run("validate", batch, "--format", "json");

        exit.ShouldBe(2);
        using var json = JsonDocument.Parse(output);
        var items = json.RootElement.EnumerateArray().ToList();
        items.Count.ShouldBe(600);
        var bad = items.Single(i => i.TryGetProperty("error", out _));
        bad.GetProperty("line").GetInt64().ShouldBe(500);
        items.Count(i => i.TryGetProperty("report", out _)).ShouldBe(599);
    }

    [Fact]
    public void Validate_SarifOfABatchWithABadLine_PassesTheSpecChecks()
    {
        var batch = Path.Combine(_temp, "with space & bad.jsonl");
        File.WriteAllBytes(batch, HostilePipeline.Fixture("two-good-then-bad.jsonl"));
        var report = Path.Combine(_temp, "out.sarif");

        var (exit, _, _) = CliProcess.Run("validate", batch, "samples/hongshan-2021-budget.json", "--format", "sarif", "-o", report);

        exit.ShouldBe(2);
        var errors = SarifChecker.Check(File.ReadAllText(report));
        errors.ShouldBeEmpty();
        var text = File.ReadAllText(report);
        text.ShouldContain("GB-INPUT");
        text.ShouldContain("file:///");
        text.ShouldContain("with%20space%20");
    }

    [Fact]
    public void Validate_SarifOfTheSeeds_PassesTheSpecChecks()
    {
        var (exit, output, _) = CliProcess.Run("validate", "samples", "--format", "sarif", "--min-severity", "info");

        exit.ShouldBe(1);
        SarifChecker.Check(output).ShouldBeEmpty();
        using var sarif = JsonDocument.Parse(output);
        sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .ShouldAllBe(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt64() >= 1);
    }

    [Fact]
    public void Validate_Dash_ReadsJsonFromStandardInput()
    {
        var (exit, output, _) = CliProcess.RunWithInput(File.ReadAllBytes(Path.Combine(Docs.ReadmeTests.FindRepositoryRoot(), "samples", "hongshan-2021-budget.json")), "validate", "-");

        exit.ShouldBe(1);
        output.ShouldContain("BUD.T11.SHARE");
    }

    [Fact]
    public void Validate_Dash_DetectsJsonLinesOnStandardInput()
    {
        var (exit, output, _) = CliProcess.RunWithInput(HostilePipeline.Fixture("two-good-then-bad.jsonl"), "validate", "-", "--format", "json");

        exit.ShouldBe(2);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public void Validate_FolderWithSymlinkLoops_FinishesAndReportsTheLoop()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_temp, "loop")).FullName;
        File.WriteAllText(Path.Combine(folder, "a.json"), GoodLine);
        Directory.CreateSymbolicLink(Path.Combine(folder, "self1"), ".");
        Directory.CreateSymbolicLink(Path.Combine(folder, "self2"), ".");

        var (exit, output, error) = CliProcess.Run("validate", folder, "--lang", "en", "--format", "json");

        exit.ShouldBe(2);
        error.ShouldContain("symbolic link loop");
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public void Validate_DocumentTheReaderAccepts_NeverAnInternalError()
    {
        var file = Path.Combine(_temp, "v02.json");
        File.WriteAllBytes(file, HostilePipeline.Fixture("v02-rollup-sum-overflow.json"));

        var (exit, output, _) = CliProcess.Run("validate", file);

        exit.ShouldBe(1);
        output.ShouldContain("数值超出可核对范围");
    }

    [Fact]
    public void Render_UnwritableOutput_Exits3()
        => CliProcess.Run("render", "samples/wuchang-2026-budget.json", "-o", Path.Combine(_temp, "no", "such", "x.html")).ExitCode.ShouldBe(3);

    [Fact]
    public void Convert_UnreadableInput_Exits2WithOneLine()
    {
        var file = Path.Combine(_temp, "bad.json");
        File.WriteAllText(file, "{", Encoding.UTF8);

        var (exit, _, error) = CliProcess.Run("convert", file, "--to", "json");

        exit.ShouldBe(2);
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public void Validate_Sarif_RegionPointsAtTheLineAndColumnOfTheCell()
    {
        var (_, output, _) = CliProcess.Run("validate", "samples/wuchang-2026-budget.json", "--format", "sarif", "--min-severity", "info");

        using var sarif = JsonDocument.Parse(output);
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .First(r => r.GetProperty("ruleId").GetString() == "BUD.T5-1.ROLLUP" && r.GetProperty("message").GetProperty("text").GetString()!.Contains("表5-1“21011 行政事业单位医疗”行“合计”栏", StringComparison.Ordinal));
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        var line = File.ReadAllLines(Path.Combine(Docs.ReadmeTests.FindRepositoryRoot(), "samples", "wuchang-2026-budget.json"))[region.GetProperty("startLine").GetInt32() - 1];
        line[(region.GetProperty("startColumn").GetInt32() - 1)..].ShouldStartWith("\"40.13\"");
    }

    [Fact]
    public void Validate_Sarif_FindingOutsideTheTablesPointsAtItsPartOfTheDocument()
    {
        var (_, output, _) = CliProcess.Run("validate", "samples/hongshan-2021-budget.json", "--format", "sarif");

        using var sarif = JsonDocument.Parse(output);
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "BUD.T11.SHARE");
        var startLine = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32();
        File.ReadAllLines(Path.Combine(Docs.ReadmeTests.FindRepositoryRoot(), "samples", "hongshan-2021-budget.json"))[startLine - 1].ShouldContain("\"overallGoal\"");
    }
}
