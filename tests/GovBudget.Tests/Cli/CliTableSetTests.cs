using GovBudget.Serialization;
using GovBudget.TableSets;
using GovBudget.Tests.TableSets;
using Shouldly;
using Xunit;

namespace GovBudget.Tests.Cli;

/// <summary>The tool checks documents of every table set, built in or loaded with <c>--table-set</c>.</summary>
public sealed class CliTableSetTests
{
    [Fact]
    public void Validate_ShanghaiFixture_IsCheckedByItsSetAndClean()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Shanghai", "putuo-commerce-2025-budget.json");

        var (exit, output, error) = CliProcess.Run("validate", path, "--format", "json");

        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        output.ShouldContain("\"rulesRun\"");
    }

    [Fact]
    public void Validate_DocumentOfALoadedSet_NeedsTheSetFile()
    {
        var folder = Directory.CreateTempSubdirectory("govbudget-set-").FullName;
        try
        {
            var setFile = Path.Combine(folder, "example.budget.json");
            File.WriteAllText(setFile, TableSetLoadTests.MadeUpProvince);
            var set = TableSet.Load(setFile);
            var disclosure = GovBudget.Building.DisclosureBuilder.Budget(2025).TableSet(set).Department(null, "某省某厅")
                .Table("甲2", t => t.Total("100.00", "70.00", "35.00"))
                .Build();
            var document = Path.Combine(folder, "doc.json");
            File.WriteAllText(document, DisclosureJson.Serialize(disclosure, new DisclosureJsonOptions { TableSets = TableSetRegistry.BuiltIn.With(set) }));

            var without = CliProcess.Run("validate", document);
            var with = CliProcess.Run("validate", document, "--table-set", setFile);

            without.ExitCode.ShouldBe(2);
            (without.Output + without.Error).ShouldContain("example.budget");
            with.ExitCode.ShouldBe(1);
            with.Output.ShouldContain("EX.A2.COLS");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Validate_BrokenSetFile_SaysWhereInOneLine()
    {
        var file = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, TableSetLoadTests.MadeUpProvince.Replace("[I:其他收入,预算数]", "[I:其他收入,金额]", StringComparison.Ordinal));
        try
        {
            var (exit, _, error) = CliProcess.Run("validate", Path.Combine(AppContext.BaseDirectory, "Fixtures", "Shanghai", "putuo-commerce-2025-budget.json"), "--table-set", file);

            exit.ShouldBe(2);
            error.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("has no column '金额'");
            error.ShouldContain(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Rules_ShanghaiSet_ListsItsRules()
    {
        var (exit, output, _) = CliProcess.Run("rules", "--set", "shanghai.budget");

        exit.ShouldBe(0);
        output.ShouldContain("`SH.BUD.T1.BALANCE`");
        output.ShouldNotContain("`BUD.T1.INCOME`");
    }

    [Fact]
    public void Validate_ColumnNotPrinted_IsSaidInTheTextReport()
    {
        var disclosure = GovBudget.Building.DisclosureBuilder.Budget(2026).Department(null, "某局")
            .Table("表3", t => t.Printed("合计", "基本支出", "项目支出").Total("100.00", "60.00", "40.00"))
            .Build();
        var file = Path.Combine(Path.GetTempPath(), $"printed-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, DisclosureJson.Serialize(disclosure));
        try
        {
            var (exit, output, _) = CliProcess.Run("validate", file);

            exit.ShouldBe(1); // a document of one table: the other required tables are missing (DOC.TABLE.MISSING)
            output.ShouldContain("[未核对] BUD.T3.COLS 无法核对：表3 未印出“上缴上级支出”栏");
            output.ShouldContain("DOC.TABLE.MISSING 表1");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
