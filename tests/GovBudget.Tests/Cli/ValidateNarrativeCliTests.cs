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

    [Fact]
    public void Validate_NarrativeFileMissing_Exits2()
        => CliProcess.Run("validate", "samples/wuchang-2026-budget.json", "--narrative", "no-such-narrative.txt").ExitCode.ShouldBe(2);
}
