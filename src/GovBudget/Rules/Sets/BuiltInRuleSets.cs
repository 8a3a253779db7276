using GovBudget.Disclosures;
using GovBudget.Rules.Families;
using static GovBudget.Rules.Sets.RuleFactory;

namespace GovBudget.Rules.Sets;

/// <summary>
/// The built-in rule sets: <see cref="Budget"/> (current layout 表1–表12), <see cref="BudgetLegacy"/> (older layout,
/// 洪山区医疗保障局 2021) and <see cref="Settlement"/> (公开01–公开09, 绩效自评表). Their catalogue is
/// <c>docs/rules.md</c>, generated from these objects by <see cref="RuleCatalogue"/>.
/// </summary>
public static class BuiltInRuleSets
{
    private static readonly Lazy<RuleSet> BudgetSet = new(CreateBudget);
    private static readonly Lazy<RuleSet> LegacySet = new(CreateLegacy);
    private static readonly Lazy<RuleSet> SettlementSet = new(CreateSettlement);

    /// <summary>Budget, current layout (表1–表12).</summary>
    public static RuleSet Budget => BudgetSet.Value;

    /// <summary>Budget, older layout (L1–L11 with 表3, 表5-1, 表6, 表11, 表12).</summary>
    public static RuleSet BudgetLegacy => LegacySet.Value;

    /// <summary>Settlement (公开01–公开09, 绩效自评表, other figures).</summary>
    public static RuleSet Settlement => SettlementSet.Value;

    /// <summary>Every built-in set.</summary>
    public static IReadOnlyList<RuleSet> All => [Budget, BudgetLegacy, Settlement];

    /// <summary>The built-in set that fits a disclosure's kind and layout.</summary>
    public static RuleSet For(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return disclosure switch
        {
            SettlementDisclosure => Settlement,
            BudgetDisclosure { Layout: BudgetLayout.Legacy } => BudgetLegacy,
            _ => Budget,
        };
    }

    // The rules of 表3, 表5-1 and 表6, which the current and the older layout print alike.
    private static Rule[] Table3Rules() =>
    [
        Balance("BUD.T3.COLS", "表3 合计应等于各类支出之和", "表3 total equals the sum of its expenditure columns",
            "表3: [*,合计] = [*,基本支出] + [*,项目支出] + [*,上缴上级支出] + [*,对附属单位补助支出] + [*,事业单位经营支出] + [*,结转下年]"),
        RollUp("BUD.T3.ROLLUP", "表3"),
    ];

    private static FormulaRule Table5_1Columns() => Balance("BUD.T5-1.COLS", "表5-1 合计应等于基本支出加项目支出", "表5-1 total equals basic plus project expenditure",
        "表5-1: [*,合计] = [*,基本支出] + [*,项目支出]");

    private static RollUpRule Table5_1RollUp() => RollUp("BUD.T5-1.ROLLUP", "表5-1");

    private static Rule[] Table6Rules() =>
    [
        Balance("BUD.T6.COLS", "表6 合计应等于人员经费加公用经费", "表6 total equals personnel plus public costs",
            "表6: [*,合计] = [*,人员经费] + [*,公用经费]"),
        RollUp("BUD.T6.ROLLUP", "表6"),
    ];

    private static RuleSet CreateBudget() => new("budget", "部门预算（现行格式 表1–表12）",
    [
        Balance("BUD.T1.INCOME", "表1 本年收入合计应等于各项收入之和", "表1 current-year income equals the sum of income lines",
            "表1: [I:本年收入合计,预算数] = [I:一般公共预算拨款收入,预算数] + [I:政府性基金预算拨款收入,预算数] + [I:国有资本经营预算拨款收入,预算数] + [I:财政专户管理资金收入,预算数] + [I:事业收入,预算数] + [I:事业单位经营收入,预算数] + [I:上级补助收入,预算数] + [I:附属单位上缴收入,预算数] + [I:其他收入,预算数]"),
        Balance("BUD.T1.INCOME-TOTAL", "表1 收入总计应等于本年收入合计加上年结转结余", "表1 total income equals current income plus carry-over",
            "表1: [I:收入总计,预算数] = [I:本年收入合计,预算数] + [I:上年结转结余,预算数]"),
        Balance("BUD.T1.EXP", "表1 本年支出合计应等于各类支出之和", "表1 current-year expenditure equals the sum of the 类",
            "表1: [I:本年支出合计,预算数] = [Σ类,预算数]"),
        Balance("BUD.T1.EXP-TOTAL", "表1 支出总计应等于本年支出合计加年终结转结余", "表1 total expenditure equals current expenditure plus closing carry-over",
            "表1: [I:支出总计,预算数] = [I:本年支出合计,预算数] + [I:年终结转结余,预算数]"),
        Balance("BUD.T1.BALANCE", "表1 收入总计应等于支出总计", "表1 total income equals total expenditure",
            "表1: [I:收入总计,预算数] = [I:支出总计,预算数]"),
        Balance("BUD.T2.COLS", "表2 合计应等于本年收入加上年结转结余", "表2 total equals current income plus carry-over",
            "表2: [*,合计] = [*,本年收入] + [*,上年结转结余]"),
        Balance("BUD.T2.INCOME", "表2 本年收入应等于各来源之和", "表2 current income equals the sum of its sources",
            "表2: [*,本年收入] = [*,一般公共预算] + [*,政府性基金预算] + [*,国有资本经营预算] + [*,财政专户管理资金] + [*,事业收入] + [*,事业单位经营收入] + [*,上级补助收入] + [*,附属单位上缴收入] + [*,其他收入]"),
        Balance("BUD.T2.CARRY", "表2 上年结转结余应等于各资金之和", "表2 carry-over equals the sum of its funds",
            "表2: [*,上年结转结余] = [*,上年结转结余.一般公共预算] + [*,上年结转结余.政府性基金预算] + [*,上年结转结余.国有资本经营预算] + [*,上年结转结余.财政专户管理资金] + [*,上年结转结余.单位资金]"),
        RollUp("BUD.T2.ROLLUP", "表2"),
        .. Table3Rules(),
        Balance("BUD.T4.INCOME", "表4 本年收入应等于各项财政拨款之和", "表4 current income equals the sum of its funds",
            "表4: [I:本年收入,预算数] = [I:本年收入.一般公共预算拨款,预算数] + [I:本年收入.政府性基金预算拨款,预算数] + [I:本年收入.国有资本经营预算拨款,预算数]"),
        Balance("BUD.T4.CARRY", "表4 上年结转应等于各项财政拨款结转之和", "表4 carry-over equals the sum of its funds",
            "表4: [I:上年结转,预算数] = [I:上年结转.一般公共预算拨款,预算数] + [I:上年结转.政府性基金预算拨款,预算数] + [I:上年结转.国有资本经营预算拨款,预算数]"),
        Balance("BUD.T4.INCOME-TOTAL", "表4 收入总计应等于本年收入加上年结转", "表4 total income equals current income plus carry-over",
            "表4: [I:收入总计,预算数] = [I:本年收入,预算数] + [I:上年结转,预算数]"),
        Balance("BUD.T4.EXP", "表4 本年支出应等于各类支出之和", "表4 current expenditure equals the sum of the 类",
            "表4: [I:本年支出,预算数] = [Σ类,预算数]"),
        Balance("BUD.T4.EXP-TOTAL", "表4 支出总计应等于本年支出加年终结转结余", "表4 total expenditure equals current expenditure plus closing carry-over",
            "表4: [I:支出总计,预算数] = [I:本年支出,预算数] + [I:年终结转结余,预算数]"),
        Balance("BUD.T4.BALANCE", "表4 收入总计应等于支出总计", "表4 total income equals total expenditure",
            "表4: [I:收入总计,预算数] = [I:支出总计,预算数]"),
        Table5_1Columns(),
        Balance("BUD.T5-1.BASIC", "表5-1 基本支出应等于人员经费加公用经费", "表5-1 basic expenditure equals personnel plus public costs",
            "表5-1: [*,基本支出] = [*,人员经费] + [*,公用经费]"),
        Table5_1RollUp(),
        Balance("BUD.T5-2.COLS", "表5-2 合计应等于基本支出加项目支出", "表5-2 total equals basic plus project expenditure",
            "表5-2: [*,合计] = [*,基本支出] + [*,项目支出]"),
        Balance("BUD.T5-2.BASIC", "表5-2 基本支出应等于人员经费加公用经费", "表5-2 basic expenditure equals personnel plus public costs",
            "表5-2: [*,基本支出] = [*,人员经费] + [*,公用经费]"),
        RollUp("BUD.T5-2.ROLLUP", "表5-2"),
        .. Table6Rules(),
        Balance("BUD.T7.TOTAL", "表7“三公”经费合计应等于三项之和", "表7 total equals the three expenses",
            "表7: [*,合计] = [*,因公出国(境)费] + [*,公务用车购置及运行费] + [*,公务接待费]"),
        Balance("BUD.T7.VEHICLES", "表7 公务用车购置及运行费应等于购置费加运行费", "表7 vehicle costs equal purchase plus operation",
            "表7: [*,公务用车购置及运行费] = [*,公务用车购置费] + [*,公务用车运行费]"),
        Balance("BUD.T8.COLS", "表8 合计应等于基本支出加项目支出", "表8 total equals basic plus project expenditure",
            "表8: [*,合计] = [*,基本支出] + [*,项目支出]"),
        RollUp("BUD.T8.ROLLUP", "表8"),
        Balance("BUD.T9.COLS", "表9 合计应等于基本支出加项目支出", "表9 total equals basic plus project expenditure",
            "表9: [*,合计] = [*,基本支出] + [*,项目支出]"),
        RollUp("BUD.T9.ROLLUP", "表9"),
        Balance("BUD.T10.COLS", "表10 合计应等于各资金来源之和", "表10 total equals the sum of its funds",
            "表10: [*,合计] = [*,本年拨款.一般公共预算] + [*,本年拨款.政府性基金预算] + [*,本年拨款.国有资本经营预算] + [*,结转结余.一般公共预算] + [*,结转结余.政府性基金预算] + [*,结转结余.国有资本经营预算] + [*,财政专户管理资金] + [*,单位资金]"),
        RollUp("BUD.T10.ROLLUP", "表10"),
        Logic("BUD.X.T1-T3", "表1 各类支出应与表3 一致", "表1 expenditure by 类 agrees with 表3",
            "表1[{类},预算数] = 表3[{类},合计]"),
        Logic("BUD.X.T1-T3.TOTAL", "表1 本年支出合计应等于表3 合计", "表1 current expenditure equals the 表3 total",
            "表1[I:本年支出合计,预算数] = 表3[合计,合计]"),
        Logic("BUD.X.T1-T2", "表1 本年收入合计应等于表2 本年收入", "表1 current income equals 表2 current income",
            "表1[I:本年收入合计,预算数] = 表2[合计,本年收入]"),
        Logic("BUD.X.T1-T4", "表1 一般公共预算拨款收入应等于表4 一般公共预算拨款", "表1 general budget income equals 表4",
            "表1[I:一般公共预算拨款收入,预算数] = 表4[I:本年收入.一般公共预算拨款,预算数]"),
        Logic("BUD.X.T4-T5-1", "表4 一般公共预算拨款（含结转）不应少于表5-1 合计", "表4 general budget funds cover the 表5-1 total",
            "表4[I:本年收入.一般公共预算拨款,预算数] + 表4[I:上年结转.一般公共预算拨款,预算数] ≥ 表5-1[合计,合计]"),
        Logic("BUD.X.T4-T5-1.CLASS", "表4 各类财政拨款支出不应少于表5-1 同类", "表4 expenditure by 类 covers 表5-1 (one fund of several)",
            "表4[{类},预算数] ≥ 表5-1[{类},合计]"),
        Logic("BUD.X.T3-T5-1.CLASS", "表3 各类支出不应少于表5-1 同类", "表3 expenditure by 类 covers 表5-1 (all funds vs one)",
            "表3[{类},合计] ≥ 表5-1[{类},合计]"),
        Logic("BUD.X.T5-1-T5-2", "表5-1 合计行应等于表5-2 合计行", "表5-1 totals equal 表5-2 totals",
            "表5-1: [合计,*] = 表5-2[合计,*]"),
        Logic("BUD.X.T5-1-T6", "表5-1 基本支出应等于表6 合计", "表5-1 basic expenditure equals the 表6 total",
            "表5-1[合计,基本支出] = 表6[合计,合计]"),
        Logic("BUD.X.T5-1-T6.PERSONNEL", "表5-1 人员经费应等于表6 人员经费", "表5-1 personnel costs equal 表6",
            "表5-1[合计,人员经费] = 表6[合计,人员经费]"),
        Logic("BUD.X.T5-1-T6.PUBLIC", "表5-1 公用经费应等于表6 公用经费", "表5-1 public costs equal 表6",
            "表5-1[合计,公用经费] = 表6[合计,公用经费]"),
        Logic("BUD.X.T5-1-T10", "表5-1 项目支出应等于表10 一般公共预算本年拨款", "表5-1 project expenditure equals 表10 general budget appropriation",
            "表5-1[合计,项目支出] = 表10[合计,本年拨款.一般公共预算]"),
        Logic("BUD.X.T3-T10", "表3 项目支出应等于表10 合计", "表3 project expenditure equals the 表10 total",
            "表3[合计,项目支出] = 表10[合计,合计]"),
        Verify("BUD.X.T7-T6", "表7 公务接待费不应少于表6 公务接待费（30217）", "表7 hospitality covers 表6 item 30217",
            "表7[合计,公务接待费] ≥ 表6[30217,合计]"),
        .. BudgetGoals(),
        new ProjectGoalRule("BUD.T12.T10", ProjectGoalCheck.ProjectTable),
        .. Common(),
    ]);

    private static RuleSet CreateLegacy() => new("budget-legacy", "部门预算（旧格式，如洪山区医疗保障局 2021）",
    [
        Balance("LEG.L1.INCOME", "财政拨款收支预算总表本年收入合计应等于各项收入之和", "L1 current income equals the sum of its lines",
            "L1: [I:本年收入合计,*] = [I:一般公共预算财政拨款收入,*] + [I:政府性基金预算财政拨款收入,*]"),
        Balance("LEG.L1.EXP", "财政拨款收支预算总表本年支出合计应等于各类支出之和", "L1 current expenditure equals the sum of the 类",
            "L1: [I:本年支出合计,*] = [Σ类,*]"),
        Balance("LEG.L1.CATEGORY", "财政拨款收支预算总表支出类别合计应等于各类别之和", "L1 expenditure by category adds up",
            "L1: [I:支出类别.本年支出合计,*] = [I:基本支出,*] + [I:项目支出,*] + [I:上缴上级支出,*] + [I:对附属单位补助支出,*] + [I:事业单位经营支出,*]"),
        Balance("LEG.L1.BASIC", "财政拨款收支预算总表基本支出应等于其组成之和", "L1 basic expenditure equals its parts",
            "L1: [I:基本支出,*] = [I:基本支出.工资福利支出,*] + [I:基本支出.对个人和家庭的补助,*] + [I:基本支出.公用经费支出,*]"),
        Balance("LEG.L1.BALANCE", "财政拨款收支预算总表收入总计应等于支出总计", "L1 total income equals total expenditure",
            "L1: [I:收入总计,合计] = [I:支出总计,合计]"),
        Balance("LEG.L1.COLS", "财政拨款收支预算总表各类支出合计应等于各资金之和", "L1 expenditure by 类: total equals the sum of its funds",
            "L1[{类},合计] = L1[{类},一般公共预算] + L1[{类},政府性基金预算]"),
        Balance("LEG.L1.COLS.TOTAL", "财政拨款收支预算总表本年支出合计应等于各资金之和", "L1 current expenditure: total equals the sum of its funds",
            "L1: [I:本年支出合计,合计] = [I:本年支出合计,一般公共预算] + [I:本年支出合计,政府性基金预算]"),
        Balance("LEG.L6.INCOME", "部门收支总表本年收入合计应等于各项收入之和", "L6 current income equals the sum of its lines",
            "L6: [I:本年收入合计,预算数] = [I:一般公共预算财政拨款收入,预算数] + [I:政府性基金预算财政拨款收入,预算数] + [I:事业收入,预算数] + [I:上级补助收入,预算数] + [I:附属单位上缴收入,预算数] + [I:事业单位经营收入,预算数] + [I:其他收入,预算数]"),
        Balance("LEG.L6.EXP", "部门收支总表本年支出合计应等于各类支出之和", "L6 current expenditure equals the sum of the 类",
            "L6: [I:本年支出合计,预算数] = [Σ类,预算数]"),
        Balance("LEG.L6.ECON", "部门收支总表按经济分类的支出之和应等于本年支出合计", "L6 expenditure by economic 类 adds up",
            "L6: [I:支出类别.本年支出合计,预算数] = [Σ经济类,预算数]"),
        Balance("LEG.L6.BALANCE", "部门收支总表收入总计应等于支出总计", "L6 total income equals total expenditure",
            "L6: [I:收入总计,预算数] = [I:支出总计,预算数]"),
        Balance("LEG.L7.COLS", "部门收入总表总计应等于各来源之和", "L7 total equals the sum of its sources",
            "L7: [*,合计] = [*,一般公共预算] + [*,政府性基金预算] + [*,事业收入] + [*,上级补助收入] + [*,附属单位上缴收入] + [*,事业单位经营收入] + [*,其他收入] + [*,用事业基金弥补收支差额] + [*,上年结转.财政拨款] + [*,上年结转.其他]"),
        RollUp("LEG.L7.ROLLUP", "L7"),
        Balance("LEG.L4.TOTAL", "三公经费表合计应等于三项之和", "L4 total equals the three expenses",
            "L4: [*,合计] = [*,因公出国(境)费] + [*,公务用车购置及运行费] + [*,公务接待费]"),
        Balance("LEG.L4.VEHICLES", "三公经费表公务用车费应等于购置费加运行费", "L4 vehicle costs equal purchase plus operation",
            "L4: [*,公务用车购置及运行费] = [*,公务用车购置费] + [*,公务用车运行费]"),
        Balance("LEG.L9.COLS", "项目支出预算明细表总计应等于各资金来源之和", "L9 total equals the sum of its funds",
            "L9: [*,合计] = [*,财政拨款] + [*,上级专项] + [*,纳入专户管理的非税] + [*,社报专户] + [*,事业单位经营收入] + [*,其他收入] + [*,政府性基金] + [*,往来]"),
        RollUp("LEG.L9.ROLLUP", "L9"),
        .. Table3Rules(),
        Table5_1Columns(),
        Table5_1RollUp(),
        .. Table6Rules(),
        Logic("LEG.X.L1-T5-1", "财政拨款收支预算总表一般公共预算支出应等于一般公共预算支出表合计", "L1 general budget expenditure equals the 表5-1 total",
            "L1[I:本年支出合计,一般公共预算] = 表5-1[合计,合计]"),
        Logic("LEG.X.L1-T5-1.CLASS", "财政拨款收支预算总表各类一般公共预算支出应与一般公共预算支出表一致", "L1 general budget by 类 agrees with 表5-1",
            "L1[{类},一般公共预算] = 表5-1[{类},合计]"),
        Logic("LEG.X.L6-T3", "部门收支总表各类支出应与部门支出总表一致", "L6 expenditure by 类 agrees with 表3",
            "L6[{类},预算数] = 表3[{类},合计]"),
        Logic("LEG.X.L7-T3", "部门收入总表总计应等于部门支出总表合计", "L7 total equals the 表3 total",
            "L7[合计,合计] = 表3[合计,合计]"),
        Logic("LEG.X.T5-1-T6", "一般公共预算支出表基本支出应等于基本支出表合计", "表5-1 basic expenditure equals the 表6 total",
            "表5-1[合计,基本支出] = 表6[合计,合计]"),
        Logic("LEG.X.L1-T6", "财政拨款收支预算总表公用经费支出应等于基本支出表公用经费", "L1 public costs equal 表6 public costs",
            "L1[I:基本支出.公用经费支出,合计] = 表6[合计,公用经费]"),
        Logic("LEG.X.T5-1-L9", "一般公共预算支出表项目支出应等于项目支出预算明细表财政拨款", "表5-1 project expenditure equals L9 fiscal appropriation",
            "表5-1[合计,项目支出] = L9[合计,财政拨款]"),
        .. BudgetGoals(),
        new ProjectGoalRule("LEG.T12.L9", ProjectGoalCheck.ProjectTable, "L9"),
        .. Common(),
    ]);

    private static RuleSet CreateSettlement() => new("settlement", "部门决算（公开01–公开09 及绩效自评表）",
    [
        Balance("SET.G01.INCOME", "公开01 本年收入合计（27行）应等于1至8行之和", "公开01 line 27 equals lines 1–8", "公开01: 27行 = (1+2+…+8)行"),
        Balance("SET.G01.INCOME-TOTAL", "公开01 总计（31行）应等于27、28、29行之和", "公开01 line 31 equals lines 27+28+29", "公开01: 31行 = (27+28+29)行"),
        Balance("SET.G01.EXP", "公开01 本年支出合计（58行）应等于32至57行之和", "公开01 line 58 equals lines 32–57", "公开01: 58行 = (32+33+…+57)行"),
        Balance("SET.G01.EXP-TOTAL", "公开01 总计（62行）应等于58、59、60行之和", "公开01 line 62 equals lines 58+59+60", "公开01: 62行 = (58+59+60)行"),
        Balance("SET.G01.BALANCE", "公开01 收入总计应等于支出总计", "公开01 total income equals total expenditure", "公开01[31行,1] = 公开01[62行,2]"),
        Balance("SET.G02.COLS", "公开02 1栏应等于2至7栏之和", "公开02 column 1 equals columns 2–7", "公开02: 1栏 = (2+3+4+5+6+7)栏"),
        RollUp("SET.G02.ROLLUP", "公开02"),
        Balance("SET.G03.COLS", "公开03 1栏应等于2至6栏之和", "公开03 column 1 equals columns 2–6", "公开03: 1栏 = (2+3+4+5+6)栏"),
        RollUp("SET.G03.ROLLUP", "公开03"),
        Balance("SET.G04.INCOME", "公开04 27行应等于1至3行之和", "公开04 line 27 equals lines 1–3", "公开04: 27行 = (1+2+3)行"),
        Balance("SET.G04.CARRY", "公开04 28行应等于29至31行之和", "公开04 line 28 equals lines 29–31", "公开04: 28行 = (29+30+31)行"),
        Balance("SET.G04.INCOME-TOTAL", "公开04 32行应等于27、28行之和", "公开04 line 32 equals lines 27+28", "公开04: 32行 = (27+28)行"),
        Balance("SET.G04.EXP", "公开04 59行应等于33至58行之和", "公开04 line 59 equals lines 33–58", "公开04: 59行 = (33+34+…+58)行"),
        Balance("SET.G04.EXP-TOTAL", "公开04 64行应等于59、60行之和", "公开04 line 64 equals lines 59+60", "公开04: 64行 = (59+60)行"),
        Balance("SET.G04.COLS", "公开04 2栏应等于3至5栏之和", "公开04 column 2 equals columns 3–5", "公开04: 2栏 = (3+4+5)栏"),
        Balance("SET.G04.BALANCE", "公开04 收入总计应等于支出总计", "公开04 total income equals total expenditure", "公开04[32行,1] = 公开04[64行,2]"),
        Balance("SET.G05.COLS", "公开05 1栏应等于2、3栏之和", "公开05 column 1 equals columns 2+3", "公开05: 1栏 = (2+3)栏"),
        RollUp("SET.G05.ROLLUP", "公开05"),
        Balance("SET.G06.PERSONNEL", "公开06 人员经费合计应等于301与303之和", "公开06 personnel total equals 301 + 303",
            "公开06: [I:人员经费合计,决算数] = [301,决算数] + [303,决算数]"),
        Balance("SET.G06.PUBLIC", "公开06 公用经费合计应等于302、307、310、399之和", "公开06 public cost total equals 302 + 307 + 310 + 399",
            "公开06: [I:公用经费合计,决算数] = [302,决算数] + [307,决算数] + [310,决算数] + [399,决算数]"),
        RollUp("SET.G06.ROLLUP", "公开06"),
        Balance("SET.G07.BALANCE", "公开07 年末结转和结余应等于年初加收入减支出", "公开07 closing = opening + income − expenditure", "公开07: 6栏 = 1栏 + 2栏 - 3栏"),
        Balance("SET.G07.COLS", "公开07 本年支出应等于基本支出加项目支出", "公开07 expenditure equals basic plus project", "公开07: 3栏 = (4+5)栏"),
        RollUp("SET.G07.ROLLUP", "公开07"),
        Balance("SET.G08.COLS", "公开08 合计应等于基本支出加项目支出", "公开08 total equals basic plus project", "公开08: 1栏 = (2+3)栏"),
        RollUp("SET.G08.ROLLUP", "公开08"),
        Balance("SET.G09.BUDGET", "公开09 预算数合计应等于三项之和", "公开09 budget total equals its three parts", "公开09: 1栏 = (2+3+6)栏"),
        Balance("SET.G09.BUDGET-VEHICLES", "公开09 预算数公务用车费应等于购置费加运行维护费", "公开09 budget vehicle costs add up", "公开09: 3栏 = (4+5)栏"),
        Balance("SET.G09.ACTUAL", "公开09 决算数合计应等于三项之和", "公开09 actual total equals its three parts", "公开09: 7栏 = (8+9+12)栏"),
        Balance("SET.G09.ACTUAL-VEHICLES", "公开09 决算数公务用车费应等于购置费加运行维护费", "公开09 actual vehicle costs add up", "公开09: 9栏 = (10+11)栏"),
        Logic("SET.X.G01-G04.L1", "公开01 一般公共预算财政拨款收入应等于公开04 1行", "公开01 line 1 equals 公开04 line 1", "公开01[1行,1] = 公开04[1行,1]"),
        Logic("SET.X.G01-G04.L2", "公开01 政府性基金预算财政拨款收入应等于公开04 2行", "公开01 line 2 equals 公开04 line 2", "公开01[2行,1] = 公开04[2行,1]"),
        Logic("SET.X.G01-G04.L3", "公开01 国有资本经营预算财政拨款收入应等于公开04 3行", "公开01 line 3 equals 公开04 line 3", "公开01[3行,1] = 公开04[3行,1]"),
        Logic("SET.X.G01-G02", "公开01 本年收入合计应等于公开02 合计", "公开01 line 27 equals the 公开02 total", "公开01[27行,1] = 公开02[合计,1]"),
        Logic("SET.X.G01-G03", "公开01 本年支出合计应等于公开03 合计", "公开01 line 58 equals the 公开03 total", "公开01[58行,2] = 公开03[合计,1]"),
        Logic("SET.X.G01-G04.CLASS", "公开01 各类支出不应少于公开04 同类财政拨款支出", "公开01 expenditure by 类 covers 公开04 (all funds vs appropriations)", "公开01[{类},2] ≥ 公开04[{类},2]"),
        Logic("SET.X.G04-G05", "公开04 各类一般公共预算财政拨款支出应等于公开05", "公开04 general budget column by 类 equals 公开05", "公开04[{类},3] = 公开05[{类},1]"),
        Logic("SET.X.G04-G05.TOTAL", "公开04 一般公共预算财政拨款本年支出合计应等于公开05 合计", "公开04 line 59 column 3 equals the 公开05 total", "公开04[59行,3] = 公开05[合计,1]"),
        Logic("SET.X.G04-G07", "公开04 各类政府性基金预算财政拨款支出应等于公开07 本年支出", "公开04 government fund column by 类 equals 公开07", "公开04[{类},4] = 公开07[{类},3]"),
        Logic("SET.X.G04-G08", "公开04 各类国有资本经营预算财政拨款支出应等于公开08", "公开04 state capital column by 类 equals 公开08", "公开04[{类},5] = 公开08[{类},1]"),
        Logic("SET.X.G03-G05", "公开03 各类支出不应少于公开05 同类", "公开03 expenditure by 类 covers 公开05", "公开03[{类},1] ≥ 公开05[{类},1]"),
        Logic("SET.X.G05-G06", "公开05 基本支出应等于公开06 人员经费与公用经费合计之和", "公开05 basic expenditure equals 公开06 personnel + public totals",
            "公开05[合计,2] = 公开06[I:人员经费合计,决算数] + 公开06[I:公用经费合计,决算数]"),
        new SelfEvaluationRule("SET.EVAL.RATE", SelfEvaluationCheck.ExecutionRate),
        new SelfEvaluationRule("SET.EVAL.SCORE", SelfEvaluationCheck.ExecutionScore),
        new SelfEvaluationRule("SET.EVAL.TOTAL", SelfEvaluationCheck.TotalScore),
        new SelfEvaluationRule("SET.EVAL.WEIGHT", SelfEvaluationCheck.ScoreWithinWeight),
        .. Common(),
    ]);
}
