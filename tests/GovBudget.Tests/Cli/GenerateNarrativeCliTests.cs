namespace GovBudget.Tests.Cli;

/// <summary><c>govbudget generate … --narrative out.txt [--narrative-templates t.txt]</c>: the 情况说明 beside the sample, read back clean.</summary>
public sealed class GenerateNarrativeCliTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("govbudget-narrgen-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Theory]
    [InlineData("hubei.budget")]
    [InlineData("shanghai.settlement")]
    public void Generate_Narrative_WritesTextThatValidatesCleanBesideTheDisclosure(string set)
    {
        var json = Path.Combine(_temp, set + ".json");
        var text = Path.Combine(_temp, set + ".txt");

        CliProcess.Run("generate", "--table-set", set, "--seed", "4", "-o", json, "--narrative", text).ExitCode.ShouldBe(0);

        File.ReadAllText(text).ShouldContain("情况说明");
        var (exit, output, error) = CliProcess.Run("validate", json, "--narrative", text);
        exit.ShouldBe(0, output + error);
        error.ShouldContain(" 0 figures not understood");
    }

    [Fact]
    public void Generate_NarrativeTemplates_AreUsed()
    {
        var templates = Path.Combine(_temp, "mine.txt");
        File.WriteAllText(templates, "[budget]\n本部门{year}年收支总预算{v:cell.income.total}万元。\n");
        var text = Path.Combine(_temp, "out.txt");

        CliProcess.Run("generate", "--seed", "2", "-o", Path.Combine(_temp, "d.json"), "--narrative", text, "--narrative-templates", templates).ExitCode.ShouldBe(0);

        File.ReadAllText(text).ShouldStartWith("本部门2026年收支总预算");
    }

    [Fact]
    public void Generate_NarrativeMisused_ExitsWithUsageOrUnreadable()
    {
        CliProcess.Run("generate", "--count", "2", "--narrative", Path.Combine(_temp, "x.txt")).ExitCode.ShouldBe(3);
        CliProcess.Run("generate", "--narrative-templates", Path.Combine(_temp, "t.txt")).ExitCode.ShouldBe(3);
        var bad = Path.Combine(_temp, "bad.txt");
        File.WriteAllText(bad, "[budget]\n{nonsense}\n");
        var (exit, _, error) = CliProcess.Run("generate", "--narrative", Path.Combine(_temp, "y.txt"), "--narrative-templates", bad, "-o", Path.Combine(_temp, "y.json"));
        exit.ShouldBe(2);
        error.ShouldContain("line 2");
        CliProcess.Run("generate", "--narrative", Path.Combine(_temp, "z.txt"), "--narrative-templates", Path.Combine(_temp, "missing.txt"), "-o", Path.Combine(_temp, "z.json")).ExitCode.ShouldBe(2);
    }
}
