using System.Text.Json;

namespace GovBudget.Tests.Cli;

/// <summary>
/// Issue 16, deliverable 3: every report says per rule what ran and what was skipped and why — text, JSON, SARIF and
/// the HTML of <c>render --findings</c>. 黄陂 2023 prints no 表5-2 and no 表9, and its 表11 prints nothing for 2021 on
/// the 支出构成 side.
/// </summary>
public sealed class CliRuleStatusTests
{
    private const string Huangpi = "samples/huangpi-2023-unit-budget.json";

    [Fact]
    public void Text_CountsRulesAndListsThoseNotRunFully()
    {
        var (exit, output, _) = CliProcess.Run("validate", Huangpi);

        exit.ShouldBe(1); // the 表11 blank side is not an Error any more; the one finding is the real DOC.TABLE.MISSING 表9
        output.ShouldContain("DOC.TABLE.MISSING");
        output.ShouldContain("  规则：已核对 ");
        output.ShouldContain("  [不适用] BUD.T9.COLS 不适用：缺少表9");
        output.ShouldContain("  [不适用] FIG.OPEX 不适用：仅适用于行政单位");
        output.ShouldContain("  [部分核对] BUD.T11.BALANCE 部分核对：所需单元格为空");
        output.ShouldContain("  [未核对] BUD.T11.BALANCE 无法核对：表11[I:支出构成.合计,2021] 为空而另一方有数，空白不按 0 比较");
        output.ShouldNotContain("Partly");
        output.ShouldNotContain("OperandsBlank");
    }

    [Fact]
    public void Text_English_SaysTheSame()
    {
        var (_, output, _) = CliProcess.Run("validate", Huangpi, "--lang", "en");

        output.ShouldContain(" ran, ");
        output.ShouldContain("[not applicable] BUD.T9.COLS not applicable: table 表9 absent");
        output.ShouldContain("[partly] BUD.T11.BALANCE partly checked: operands blank");
    }

    [Fact]
    public void Text_DisabledRule_IsListedAsDisabled()
    {
        var (_, output, _) = CliProcess.Run("validate", Huangpi, "--disable", "BUD.T5-1.BASIC");

        output.ShouldContain("已停用 1");
        output.ShouldContain("[已停用] BUD.T5-1.BASIC 已停用");
    }

    [Fact]
    public void Json_HasRuleCountsAndAStatusPerRule()
    {
        var (_, output, _) = CliProcess.Run("validate", Huangpi, "--format", "json");

        using var json = JsonDocument.Parse(output);
        var report = json.RootElement[0].GetProperty("report");
        var rules = report.GetProperty("rules");
        var statuses = report.GetProperty("ruleStatus").EnumerateArray().ToList();
        statuses.Count.ShouldBe(report.GetProperty("rulesRun").GetInt32());
        (rules.GetProperty("ran").GetInt32() + rules.GetProperty("partly").GetInt32() + rules.GetProperty("notChecked").GetInt32() + rules.GetProperty("notApplicable").GetInt32())
            .ShouldBe(statuses.Count);
        rules.GetProperty("notApplicable").GetInt32().ShouldBeGreaterThan(0);
        var t9 = statuses.Single(s => s.GetProperty("ruleId").GetString() == "BUD.T9.COLS");
        t9.GetProperty("state").GetString().ShouldBe("notApplicable");
        t9.GetProperty("reasons")[0].GetString().ShouldBe("tableAbsent");
        t9.GetProperty("absentTable").GetString().ShouldBe("表9");
        var balance = statuses.Single(s => s.GetProperty("ruleId").GetString() == "BUD.T11.BALANCE");
        balance.GetProperty("state").GetString().ShouldBe("partly");
        balance.GetProperty("reasons")[0].GetString().ShouldBe("operandsBlank");
        var skipped = report.GetProperty("notChecked").EnumerateArray().Single(n => n.GetProperty("ruleId").GetString() == "BUD.T11.BALANCE");
        skipped.GetProperty("row").GetString().ShouldBe("I:支出构成.合计");
        skipped.GetProperty("column").GetString().ShouldBe("2021");
        skipped.GetProperty("reason").GetString().ShouldBe("operandsBlank");
        statuses.Single(s => s.GetProperty("ruleId").GetString() == "BUD.T5-1.BASIC").GetProperty("checks").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Sarif_NotesEveryRuleNotRunFully_AndPassesTheChecker()
    {
        var (_, output, _) = CliProcess.Run("validate", Huangpi, "--format", "sarif");

        SarifChecker.Check(output).ShouldBeEmpty();
        using var sarif = JsonDocument.Parse(output);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var notes = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray().ToList();
        var t9 = notes.Single(n => n.GetProperty("associatedRule").GetProperty("id").GetString() == "BUD.T9.COLS");
        t9.GetProperty("level").GetString().ShouldBe("note");
        t9.GetProperty("message").GetProperty("text").GetString()!.ShouldContain("缺少表9");
        t9.GetProperty("properties").GetProperty("state").GetString().ShouldBe("notApplicable");
        rules[t9.GetProperty("associatedRule").GetProperty("index").GetInt32()].ShouldBe("BUD.T9.COLS");
        notes.ShouldContain(n => n.GetProperty("associatedRule").GetProperty("id").GetString() == "BUD.T11.BALANCE" && n.GetProperty("properties").GetProperty("state").GetString() == "partly");
    }

    [Fact]
    public void RenderHtml_WithFindings_HasTheRuleStatusSection()
    {
        var (exit, output, _) = CliProcess.Run("render", Huangpi, "--findings");

        exit.ShouldBe(0);
        output.ShouldContain("<h2>规则核对情况</h2>");
        output.ShouldContain("BUD.T9.COLS 不适用：缺少表9");
        output.ShouldContain("BUD.T11.BALANCE 无法核对：表11[I:支出构成.合计,2021] 为空而另一方有数，空白不按 0 比较");
        CliProcess.Run("render", Huangpi).Output.ShouldNotContain("规则核对情况");
    }
}
