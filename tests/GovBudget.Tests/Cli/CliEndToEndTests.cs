using System.Text.Json;

namespace GovBudget.Tests.Cli;

/// <summary>End-to-end tests of the built govbudget tool on the samples: exit codes, JSON, SARIF, generation, conversion.</summary>
public sealed class CliEndToEndTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("govbudget-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Validate_SeedWithSlips_PrintsFindingsAndExits1()
    {
        var (exit, output, _) = CliProcess.Run("validate", "samples/hongshan-2021-budget.json");
        exit.ShouldBe(1);
        output.ShouldContain("[错误] BUD.T11.SHARE 表11“支出构成·基本支出”行“占比”栏");
        output.ShouldContain("35.14%");
    }

    [Fact]
    public void Validate_English_UsesEnglishMessages()
    {
        var (exit, output, _) = CliProcess.Run("validate", "samples/hongshan-2021-budget.json", "--lang", "en");
        exit.ShouldBe(1);
        output.ShouldContain("[Error] BUD.T11.SHARE");
        output.ShouldContain("is printed as 35.14%");
    }

    [Fact]
    public void Validate_MinSeverityError_ThresholdDecidesExitCode()
    {
        CliProcess.Run("validate", "samples/wuchang-2026-budget.json", "--min-severity", "error").ExitCode.ShouldBe(0);
        CliProcess.Run("validate", "samples/wuchang-2026-budget.json", "--min-severity", "warning").ExitCode.ShouldBe(1);
    }

    [Fact]
    public void Validate_FolderAsJson_ParsesAndCoversEverySample()
    {
        var (exit, output, _) = CliProcess.Run("validate", "samples", "--format", "json");
        exit.ShouldBe(1);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetArrayLength().ShouldBe(4);
        foreach (var item in json.RootElement.EnumerateArray())
        {
            item.GetProperty("report").GetProperty("schemaVersion").GetInt32().ShouldBe(1);
            item.GetProperty("report").GetProperty("findings").ValueKind.ShouldBe(JsonValueKind.Array);
        }
    }

    [Fact]
    public void Validate_Sarif_HasTheRequiredStructure()
    {
        var (exit, output, _) = CliProcess.Run("validate", "samples/hongshan-2023-settlement.json", "--format", "sarif");
        exit.ShouldBe(1);
        using var sarif = JsonDocument.Parse(output);
        var root = sarif.RootElement;
        root.GetProperty("version").GetString().ShouldBe("2.1.0");
        root.GetProperty("$schema").GetString()!.ShouldContain("sarif-2.1.0");
        var run = root.GetProperty("runs")[0];
        run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString().ShouldBe("govbudget");
        var ruleIds = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToHashSet();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        results.ShouldNotBeEmpty();
        foreach (var result in results)
        {
            ruleIds.ShouldContain(result.GetProperty("ruleId").GetString());
            result.GetProperty("level").GetString().ShouldBeOneOf("error", "warning", "note");
            result.GetProperty("message").GetProperty("text").GetString().ShouldNotBeNullOrEmpty();
            result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("samples/hongshan-2023-settlement.json");
            result.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString().ShouldNotBeNullOrEmpty();
        }

        results.ShouldContain(r => r.GetProperty("ruleId").GetString() == "SET.EVAL.TOTAL");
    }

    [Fact]
    public void Validate_UnreadableInput_Exits2()
    {
        var bad = Path.Combine(_temp, "bad.json");
        File.WriteAllText(bad, "{\"schemaVersion\": 1, \"kind\": ");
        var (exit, output, _) = CliProcess.Run("validate", bad);
        exit.ShouldBe(2);
        output.ShouldContain("无法读取");
        CliProcess.Run("validate", Path.Combine(_temp, "missing.json")).ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Generate_CleanSample_ValidatesClean()
    {
        var file = Path.Combine(_temp, "sample.json");
        CliProcess.Run("generate", "--kind", "settlement", "--seed", "11", "--units", "3", "--output", file).ExitCode.ShouldBe(0);
        CliProcess.Run("validate", file).ExitCode.ShouldBe(0);
    }

    [Theory]
    [InlineData("shanghai.budget")]
    [InlineData("shanghai.settlement")]
    public void Generate_TableSet_WritesADisclosureInThatSetThatValidatesClean(string set)
    {
        var file = Path.Combine(_temp, set + ".json");
        CliProcess.Run("generate", "--table-set", set, "--seed", "3", "--output", file).ExitCode.ShouldBe(0);
        File.ReadAllText(file).ShouldContain($"\"tableSet\": \"{set}\"");
        CliProcess.Run("validate", file).ExitCode.ShouldBe(0);
        CliProcess.Run("generate", "--table-set", "no.such.set").ExitCode.ShouldBe(3);
    }

    [Fact]
    public void Generate_InjectedFaults_AreFoundAtTheirCells()
    {
        var file = Path.Combine(_temp, "faulty.json");
        var faults = Path.Combine(_temp, "faults.json");
        CliProcess.Run("generate", "--kind", "budget", "--seed", "5", "--inject-errors", "3", "--output", file, "--faults", faults).ExitCode.ShouldBe(0);
        var (exit, output, _) = CliProcess.Run("validate", file, "--format", "json");
        exit.ShouldBe(1);
        using var report = JsonDocument.Parse(output);
        var findings = report.RootElement[0].GetProperty("report").GetProperty("findings").EnumerateArray().ToList();
        using var injected = JsonDocument.Parse(File.ReadAllText(faults));
        injected.RootElement.GetArrayLength().ShouldBe(3);
        foreach (var fault in injected.RootElement.EnumerateArray())
        {
            var (table, row, column) = (fault.GetProperty("table").GetString(), fault.GetProperty("row").GetString(), fault.GetProperty("column").GetString());
            findings.ShouldContain(f => f.GetProperty("severity").GetString() != "info" && f.GetProperty("contributors").EnumerateArray().Any(c =>
                c.GetProperty("address").GetProperty("table").GetString() == table && c.GetProperty("address").GetProperty("row").GetString() == row && c.GetProperty("address").GetProperty("column").GetString() == column));
        }
    }

    [Fact]
    public void GenerateBatch_ThenValidateJsonLines_ChecksEveryDisclosure()
    {
        var file = Path.Combine(_temp, "batch.jsonl");
        CliProcess.Run("generate", "--count", "20", "--seed", "100", "--output", file).ExitCode.ShouldBe(0);
        File.ReadLines(file).Count().ShouldBe(20);
        var (exit, output, _) = CliProcess.Run("validate", file, "--format", "json");
        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetArrayLength().ShouldBe(20);
    }

    [Fact]
    public void Convert_JsonToCsvAndBack()
    {
        var folder = Path.Combine(_temp, "csv");
        CliProcess.Run("convert", "samples/wuchang-2026-budget.json", "--to", "csv", "--output", folder).ExitCode.ShouldBe(0);
        File.Exists(Path.Combine(folder, "表5-1.csv")).ShouldBeTrue();
        var (exit, output, _) = CliProcess.Run("convert", Path.Combine(folder, "表5-1.csv"), "--to", "json", "--table", "表5-1");
        exit.ShouldBe(0);
        output.ShouldContain("\"kind\": \"表5-1\"");
        output.ShouldContain("40.13");
        var jsonl = Path.Combine(_temp, "one.jsonl");
        CliProcess.Run("convert", "samples/huangpi-2023-unit-budget.json", "--to", "jsonl", "--output", jsonl).ExitCode.ShouldBe(0);
        File.ReadLines(jsonl).Count().ShouldBe(1);
    }

    [Fact]
    public void Rules_ListsTheCatalogue()
    {
        var (exit, output, _) = CliProcess.Run("rules", "--set", "settlement");
        exit.ShouldBe(0);
        output.ShouldContain("`SET.G01.INCOME`");
        output.ShouldNotContain("`BUD.T1.INCOME`");
    }

    [Fact]
    public void Render_HtmlWithFindings_IsSelfContainedAndHighlights()
    {
        var file = Path.Combine(_temp, "page.html");
        CliProcess.Run("render", "samples/hongshan-2021-budget.json", "--format", "html", "--findings", "-o", file).ExitCode.ShouldBe(0);
        var html = File.ReadAllText(file);
        html.ShouldContain("<svg");
        html.ShouldContain("BUD.T11.SHARE");
        html.ShouldNotContain("<script");
        html.ShouldNotContain("http://");
    }

    [Fact]
    public void Render_Markdown_PrintsTables()
    {
        var (exit, output, _) = CliProcess.Run("render", "samples/hongshan-2023-settlement.json", "--format", "md");
        exit.ShouldBe(0);
        output.ShouldContain("公开01");
        output.ShouldContain("1,002.76");
    }

    [Fact]
    public void UnknownOption_Exits3()
        => CliProcess.Run("validate", "samples", "--format", "xml").ExitCode.ShouldBe(3);
}
