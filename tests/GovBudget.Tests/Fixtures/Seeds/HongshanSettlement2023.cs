using GovBudget.Amounts;
using GovBudget.Building;
using GovBudget.Classification;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.Tables.Performance;
using GovBudget.Tables.Settlement;

namespace GovBudget.Tests.Fixtures.Seeds;

/// <summary>
/// 武汉市洪山区医疗保障局 2023 年度部门决算, transcribed through the builder from
/// <c>shared/seeds/hongshan-2023-settlement.txt</c>. Every number was checked against the seed text and is kept exactly
/// as printed, including the document's own slips (listed in the comments where they occur), so that the rule engine
/// can find them.
/// </summary>
public static class HongshanSettlement2023
{
    /// <summary>The department name as printed on every table (部门：武汉市洪山区医疗保障局).</summary>
    public const string DepartmentName = "武汉市洪山区医疗保障局";

    private static readonly Lazy<SettlementDisclosure> Instance = new(() => (SettlementDisclosure)Builder().Build());

    /// <summary>The disclosure (built once).</summary>
    public static SettlementDisclosure Disclosure => Instance.Value;

    /// <summary>A fresh builder holding the whole disclosure, for tests that change it before building.</summary>
    public static DisclosureBuilder Builder()
    {
        // No department or unit code is printed anywhere in the document. The department consists of the 本级 only
        // ("由实行独立核算的武汉市洪山区医疗保障局本级决算和 0 个下属单位决算组成"); DisclosureBuilder.Unit needs a code, so
        // the unit is keyed "本级" (not a printed code). It is a 行政单位 (机关运行经费 = 行政单位 公用经费, section 十).
        var b = DisclosureBuilder.Settlement(2023)
            .Department(null, DepartmentName)
            .Unit("本级", "武汉市洪山区医疗保障局（本级）", UnitKind.Administrative);

        AddTables(b);
        AddFigures(b);
        AddStatements(b);
        AddPriorFigures(b);
        AddSelfEvaluations(b);
        return b;
    }

    private static void AddTables(DisclosureBuilder b)
    {
        // 公开01 收入支出决算总表 (seed: "一、收入支出决算总表 … 公开 01 表"). Only lines that carry a value or are totals.
        // Income lines print their amount in 栏次 1, expenditure lines in 栏次 2.
        b.Table(SettlementTables.IncomeExpenditure, t => t
            .Columns("1")
            .Line(1, "993.76")
            .Line(2, "9.00")
            .Line(27, "1,002.76")
            .Line(31, "1,002.76")
            .Columns("2")
            .Line(39, "34.81")
            .Line(40, "929.81")
            .Line(50, "29.14")
            .Line(54, "9.00")
            .Line(58, "1,002.76")
            .Line(62, "1,002.76"));

        // 公开02 收入决算表 (seed: "二、收入决算表 … 公开 02 表"). Only 合计 and the 208 rows survived the extraction:
        // after 2080506 the text runs on into 公开03 (its header and its 合计/208/20805 rows were lost), so the 公开02
        // rows 210 … 2296013 are not in the seed and are left out. 栏次 3–7 are blank on every printed row.
        b.Table(SettlementTables.IncomeByFunction, t => t
            .Incomplete("rows 210 … 2296013 were lost in the PDF extraction (公开02 runs on into 公开03)")
            .Columns("1", "2")
            .Total("1,002.76", "1,002.76")
            .Row("208", "社会保障和就业支出", "34.81", "34.81")
            .Row("20805", "行政事业单位养老支出", "34.81", "34.81")
            .Row("2080501", "行政单位离退休", "0.15", "0.15")
            .Row("2080505", "机关事业单位基本养老保险缴费支出", "23.36", "23.36")
            // The extraction shows "…职业年金缴费支" here: the wrapped last character of the cell ("出") was lost with the
            // page break; the same row reads "机关事业单位职业年金缴费支出" in 公开03 and 公开05. Read as a person would.
            .Row("2080506", "机关事业单位职业年金缴费支出", "11.30", "11.30"));

        // 公开03 支出决算表 (seed: header lost; rows from "2080501 行政单位离退休 0.15 0.15" after 公开02 up to the note
        // "注：本表反映部门本年度各项支出情况。1 栏各行 = (2+3+4+5+6) 栏各行"). Read as 栏次 1 本年支出合计, 2 基本支出,
        // 3 项目支出 (210: 929.81 = 354.05 + 575.76). Its 合计, 208 and 20805 rows were lost in the extraction and are
        // left out; 栏次 4–6 are blank on every printed row.
        b.Table(SettlementTables.ExpenditureByFunction, t => t
            .Incomplete("the header and the 合计, 208 and 20805 rows were lost in the PDF extraction")
            .Columns("1", "2", "3")
            .Row("2080501", "行政单位离退休", "0.15", "0.15", "")
            .Row("2080505", "机关事业单位基本养老保险缴费支出", "23.36", "23.36", "")
            .Row("2080506", "机关事业单位职业年金缴费支出", "11.30", "11.30", "")
            .Row("210", "卫生健康支出", "929.81", "354.05", "575.76")
            .Row("21007", "计划生育事务", "1.40", "1.40", "")
            .Row("2100799", "其他计划生育事务支出", "1.40", "1.40", "")
            .Row("21011", "行政事业单位医疗", "15.95", "14.51", "1.44")
            .Row("2101101", "行政单位医疗", "14.51", "14.51", "")
            .Row("2101199", "其他行政事业单位医疗支出", "1.44", "", "1.44")
            .Row("21013", "医疗救助", "474.14", "", "474.14")
            .Row("2101301", "城乡医疗救助", "474.14", "", "474.14")
            .Row("21015", "医疗保障管理事务", "438.32", "338.14", "100.18")
            .Row("2101501", "行政运行", "338.14", "338.14", "")
            .Row("2101502", "一般行政管理事务", "18.79", "", "18.79")
            .Row("2101505", "医疗保障政策管理", "26.37", "", "26.37")
            .Row("2101599", "其他医疗保障管理事务支出", "55.02", "", "55.02")
            .Row("221", "住房保障支出", "29.14", "29.14", "")
            .Row("22102", "住房改革支出", "29.14", "29.14", "")
            .Row("2210201", "住房公积金", "21.61", "21.61", "")
            .Row("2210202", "提租补贴", "4.39", "4.39", "")
            .Row("2210203", "购房补贴", "3.14", "3.14", "")
            .Row("229", "其他支出", "9.00", "", "9.00")
            .Row("22960", "彩票公益金安排的支出", "9.00", "", "9.00")
            .Row("2296013", "用于城乡医疗救助的彩票公益金支出", "9.00", "", "9.00"));

        // 公开04 财政拨款收入支出决算总表 (seed: "四、财政拨款收入支出决算总表 … 公开 04 表"). Income lines in 栏次 1,
        // expenditure lines in 栏次 2–5. The extraction broke some numbers ("34.8 1", "929.8 1", "929. 81", "29.1 4");
        // they are passed as printed (the lenient cell parser joins the digits: 34.81, 929.81, 29.14).
        b.Table(SettlementTables.AppropriationIncomeExpenditure, t => t
            .Columns("1")
            .Line(1, "993.76")
            .Line(2, "9.00")
            .Line(27, "1,002.76")
            .Line(32, "1,002.76")
            .Columns("2", "3", "4", "5")
            .Line(40, "34.81", "34.8 1", "", "")
            .Line(41, "929.8 1", "929. 81", "", "")
            .Line(51, "29.14", "29.1 4", "", "")
            .Line(55, "9.00", "", "9.00", "")
            .Line(59, "1,002.76", "993.76", "9.00", "")
            .Line(64, "1,002.76", "993.76", "9.00", ""));

        // 公开05 一般公共预算财政拨款支出决算表 (seed: "五、一般公共预算财政拨款支出决算表 … 公开 05 表").
        b.Table(SettlementTables.GeneralBudgetExpenditure, t => t
            .Total("993.76", "418.00", "575.76")
            .Row("208", "社会保障和就业支出", "34.81", "34.81", "")
            .Row("20805", "行政事业单位养老支出", "34.81", "34.81", "")
            .Row("2080501", "行政单位离退休", "0.15", "0.15", "")
            .Row("2080505", "机关事业单位基本养老保险缴费支出", "23.36", "23.36", "")
            .Row("2080506", "机关事业单位职业年金缴费支出", "11.30", "11.30", "")
            .Row("210", "卫生健康支出", "929.81", "354.05", "575.76")
            .Row("21007", "计划生育事务", "1.40", "1.40", "")
            .Row("2100799", "其他计划生育事务支出", "1.40", "1.40", "")
            .Row("21011", "行政事业单位医疗", "15.95", "14.51", "1.44")
            .Row("2101101", "行政单位医疗", "14.51", "14.51", "")
            .Row("2101199", "其他行政事业单位医疗支出", "1.44", "", "1.44")
            .Row("21013", "医疗救助", "474.14", "", "474.14")
            .Row("2101301", "城乡医疗救助", "474.14", "", "474.14")
            .Row("21015", "医疗保障管理事务", "438.32", "338.14", "100.18")
            .Row("2101501", "行政运行", "338.14", "338.14", "")
            .Row("2101502", "一般行政管理事务", "18.79", "", "18.79")
            .Row("2101505", "医疗保障政策管理", "26.37", "", "26.37")
            .Row("2101599", "其他医疗保障管理事务支出", "55.02", "", "55.02")
            .Row("221", "住房保障支出", "29.14", "29.14", "")
            .Row("22102", "住房改革支出", "29.14", "29.14", "")
            .Row("2210201", "住房公积金", "21.61", "21.61", "")
            .Row("2210202", "提租补贴", "4.39", "4.39", "")
            .Row("2210203", "购房补贴", "3.14", "3.14", ""));

        // 公开06 一般公共预算财政拨款基本支出决算明细表 (seed: "六、一般公共预算财政拨款基本支出决算明细表 … 公开 06 表").
        // Three side-by-side blocks read as one list; the 类 rows and every item with a value are transcribed (items
        // printed blank are left out). 310 资本性支出 is printed blank.
        b.Table(SettlementTables.GeneralBudgetBasicDetail, t => t
            .Row("301", "工资福利支出", "258.64")
            .Row("30101", "基本工资", "41.02")
            .Row("30102", "津贴补贴", "39.32")
            .Row("30103", "奖金", "93.82")
            .Row("30108", "机关事业单位基本养老保险缴费", "23.36")
            .Row("30109", "职业年金缴费", "11.30")
            .Row("30110", "职工基本医疗保险缴费", "14.51")
            .Row("30111", "公务员医疗补助缴费", "5.74")
            .Row("30112", "其他社会保障缴费", "0.14")
            .Row("30113", "住房公积金", "21.61")
            .Row("30199", "其他工资福利支出", "7.82")
            .Row("303", "对个人和家庭的补助", "1.55")
            .Row("30307", "医疗费补助", "0.15")
            .Row("30309", "奖励金", "1.40")
            .Row("302", "商品和服务支出", "157.81")
            .Row("30201", "办公费", "3.34")
            .Row("30206", "电费", "47.04")
            .Row("30207", "邮电费", "4.69")
            .Row("30209", "物业管理费", "34.04")
            .Row("30214", "租赁费", "32.15")
            .Row("30216", "培训费", "0.12")
            .Row("30226", "劳务费", "21.18")
            .Row("30228", "工会经费", "5.22")
            .Row("30229", "福利费", "1.45")
            .Row("30239", "其他交通费用", "6.88")
            .Row("30299", "其他商品和服务支出", "1.70")
            .Row("310", "资本性支出", "")
            .Item("人员经费合计", "260.19")
            .Item("公用经费合计", "157.81"));

        // 公开07 政府性基金预算财政拨款收入支出决算表 (seed: "七、政府性基金预算财政拨款收入支出决算表 … 公开 07 表").
        // Every figure is split over two lines by the extraction ("9.0" / "0"); read as 9.00. 栏次 1, 4 and 6 are blank.
        b.Table(SettlementTables.GovernmentFundIncomeExpenditure, t => t
            .Total("", "9.00", "9.00", "", "9.00", "")
            .Row("229", "其他支出", "", "9.00", "9.00", "", "9.00", "")
            .Row("22960", "彩票公益金安排的支出", "", "9.00", "9.00", "", "9.00", "")
            .Row("2296013", "用于城乡医疗救助的彩票公益金支出", "", "9.00", "9.00", "", "9.00", ""));

        // 公开08 国有资本经营预算财政拨款支出决算表 (seed: "八、…公开 08 表"): only an empty 合计 row is printed.
        b.Table(SettlementTables.StateCapitalExpenditure, t => t
            .Total("", "", "")
            .Remark("本单位当年无国有资本经营预算财政拨款支出。"));

        // 公开09 财政拨款"三公"经费支出决算表 (seed: "九、…公开 09 表"): no data row is printed at all, only the header
        // and "本单位当年无财政拨款“三公”经费。" — a blank 合计 row stands for it.
        b.Table(SettlementTables.ThreePublicExpenses, t => t
            .Total("", "", "", "", "", "", "", "", "", "", "", "")
            .Remark("本单位当年无财政拨款“三公”经费。"));
    }

    private static void AddFigures(DisclosureBuilder b)
    {
        b.Figures(new ReportedFigures
        {
            // 十、机关运行经费支出说明: "2023 年度机关运行经费支出 157.81 万元 … 比年初预算数减少 21.14 万元，降低 11.81%"
            // (the comparison is with the 年初预算, not the previous year: see the Change statement).
            OperatingExpenses = W("157.81"),

            // 十一、政府采购支出说明.
            Procurement = new GovernmentProcurement
            {
                Total = W("6.76"),
                Goods = W("0.78"),
                Works = W("0"),
                Services = W("5.98"),
                AwardedToSmes = W("6.76"),
                SmeShare = Percentage.Parse("100%"),
                AwardedToSmallAndMicro = W("6.76"),

                // Printed as "占政府采购支出总额的 100%" (share of the total, not of the SME amount); both are 100% here.
                SmallAndMicroShare = Percentage.Parse("100%"),
            },

            // 十二、国有资产占用情况说明.
            Assets = new AssetHoldings
            {
                Vehicles = 0,
                VehiclesByKind = new[]
                {
                    new NamedCount("副省级及以上领导干部用车", 0, "辆"),
                    new NamedCount("主要领导干部用车", 0, "辆"),
                    new NamedCount("机要通信用车", 0, "辆"),
                    new NamedCount("应急保障用车", 0, "辆"),
                    new NamedCount("执法执勤用车", 0, "辆"),
                    new NamedCount("特种专业技术用车", 0, "辆"),
                    new NamedCount("其他用车", 0, "辆"),
                },
                Other = new[] { new NamedCount("价值 100 万元以上专用设备", 0, "台（套）") },
            },

            // 九、财政拨款"三公"经费支出决算情况说明.
            ThreePublicCounts = new[]
            {
                new NamedCount("出国（境）团组", 0, "个"),
                new NamedCount("出国（境）人次", 0, "人次"),
                new NamedCount("购置(更新)公务用车", 0, "辆"),
                new NamedCount("公务用车保有量", 0, "辆"),
                new NamedCount("接待来访团组（外宾）", 0, "个"),
                new NamedCount("接待来访人次（外宾）", 0, "人次"),
                new NamedCount("接待国内来访团组", 0, "个"),
                new NamedCount("接待国内来访人次", 0, "人次"),
            },

            Other = new[]
            {
                // 六、一般公共预算财政拨款基本支出决算情况说明.
                new NamedAmount("一般公共预算财政拨款基本支出", W("418")),
                new NamedAmount("人员经费", W("260.19")),
                new NamedAmount("公用经费", W("157.81")),

                // 七、政府性基金预算财政拨款收入支出决算情况说明.
                new NamedAmount("政府性基金预算财政拨款年初结转和结余", W("0")),
                new NamedAmount("政府性基金预算财政拨款本年收入", W("9")),
                new NamedAmount("政府性基金预算财政拨款本年支出", W("9")),
                new NamedAmount("政府性基金预算财政拨款年末结转和结余", W("0")),
                new NamedAmount("其他支出（类）", W("9")),

                // 九、"三公" amounts stated in the text (all 0).
                new NamedAmount("外宾接待支出", W("0")),
                new NamedAmount("国内公务接待支出", W("0")),

                // 十三、预算绩效情况说明: "共涉及项目 5 个，资金 584.76 万元".
                new NamedAmount("绩效自评项目资金", W("584.76")),
            },
        });
    }

    private static void AddStatements(DisclosureBuilder b)
    {
        var line62 = new CellAddress("公开01", RowKey.Line(62), "支出决算数");
        var line27 = new CellAddress("公开01", RowKey.Line(27), "收入决算数");
        var line58 = new CellAddress("公开01", RowKey.Line(58), "支出决算数");

        // 一、收入支出决算总体情况说明: "2023 年度收、支总计均为 1002.76 万元。与 2022 年度相比，收、支总计各减少 6.08 万元，下降 0.60%".
        b.Statement(Change("收、支总计", "1002.76", "-6.08", "-0.60%", line62,
            "2023 年度收、支总计均为 1002.76 万元。与 2022 年度相比，收、支总计各减少 6.08 万元，下降 0.60%"));

        // 二、收入决算情况说明.
        b.Statement(Change("收入合计", "1002.76", "-6.08", "-0.60%", line27,
            "2023 年度收入合计 1002.76 万元，与 2022 年度相比，收入合计减少 6.08 万元，下降 0.60%"));
        b.Statement(new NarrativeStatement(StatementKind.Share, "财政拨款收入")
        {
            Source = new CellAddress("公开02", RowKey.Total, "财政拨款收入"),
            Value = W("1002.76"),
            Base = W("1002.76"),
            Rate = Percentage.Parse("100%"),
            Text = "其中：财政拨款收入 1002.76 万元，占本年收入 100%",
        });

        // 三、支出决算情况说明. The shares refer to 公开03 合计 row, which was lost in the extraction: no Source cell.
        b.Statement(Change("支出合计", "1002.76", "-6.08", "-0.60%", line58,
            "2023 年度支出合计 1002.76 万元，与 2022 年度相比，支出合计减少 6.08 万元，下降 0.60%"));
        b.Statement(new NarrativeStatement(StatementKind.Share, "基本支出")
        {
            Value = W("418"),
            Base = W("1002.76"),
            Rate = Percentage.Parse("41.68%"),
            Text = "其中：基本支出 418 万元，占本年支出 41.68%",
        });
        b.Statement(new NarrativeStatement(StatementKind.Share, "项目支出")
        {
            Value = W("584.76"),
            Base = W("1002.76"),
            Rate = Percentage.Parse("58.32%"),
            Text = "项目支出 584.76 万元，占本年支出 58.32%",
        });

        // 四、财政拨款收入支出决算总体情况说明.
        b.Statement(Change("财政拨款收、支总计", "1002.76", "-6.08", "-0.60%",
            new CellAddress("公开04", RowKey.Line(64), "合计"),
            "2023 年度财政拨款收、支总计均为 1002.76 万元。与 2022 年度相比，财政拨款收、支总计各减少 6.08 万元，下降 0.60%"));
        b.Statement(Change("一般公共预算财政拨款收入", "993.76", "-11.9", null,
            new CellAddress("公开04", RowKey.Line(1), "收入决算数"),
            "一般公共预算财政拨款收入 993.76 万元，比 2022 年度决算数减少 11.9 万元"));
        b.Statement(Change("政府性基金预算财政拨款收入", "9", "5.82", null,
            new CellAddress("公开04", RowKey.Line(2), "收入决算数"),
            "政府性基金预算财政拨款收入 9 万元，比 2022 年度决算数增加 5.82 万元"));

        // 五、(一) 一般公共预算财政拨款支出决算总体情况.
        var gbTotal = new CellAddress("公开05", RowKey.Total, "小计");
        b.Statement(new NarrativeStatement(StatementKind.Share, "一般公共预算财政拨款支出")
        {
            Source = gbTotal,
            Value = W("993.76"),
            Base = W("1002.76"),
            Rate = Percentage.Parse("99.10%"),
            Text = "2023 年度一般公共预算财政拨款支出 993.76 万元，占本年支出合计的 99.10%",
        });
        b.Statement(Change("一般公共预算财政拨款支出", "993.76", "-11.9", "-1.18%", gbTotal,
            "与 2022 年度相比，一般公共预算财政拨款支出减少 11.9 万元，下降 1.18%"));

        // 五、(二) 决算结构: shares of 993.76 by 类. 93.57% is not 929.81 ÷ 993.76 = 93.5648% (93.56%) on the
        // printed figures; the three shares were made to add up to 100%. Kept as printed.
        b.Statement(ClassShare("208", "社会保障和就业支出（类）", "34.81", "3.50%", "社会保障和就业支出（类）支出 34.81 万元，占 3.50%"));
        b.Statement(ClassShare("210", "卫生健康支出（类）", "929.81", "93.57%", "卫生健康支出（类）929.81 万元，占 93.57%"));
        b.Statement(ClassShare("221", "住房保障支出（类）", "29.14", "2.93%", "住房保障支出（类）29.14万元，占2.93%"));

        // 五、(三) 财政拨款支出决算具体情况: 年初预算 vs 支出决算. Rates only where printed ("完成年初预算的 …%");
        // items with 年初预算 0.00 print no rate.
        b.Statement(new NarrativeStatement(StatementKind.Execution, "一般公共预算财政拨款支出")
        {
            Source = gbTotal,
            Value = W("993.76"),
            Base = W("898.21"),
            Rate = Percentage.Parse("110.64%"),
            Text = "2023年度一般公共预算财政拨款支出年初预算为898.21万元，支出决算为993.76万元，完成年初预算的110.64%",
        });
        foreach (var (code, subject, budget, actual, rate) in ItemExecutions)
        {
            b.Statement(new NarrativeStatement(StatementKind.Execution, subject)
            {
                Source = new CellAddress("公开05", RowKey.Functional(FunctionalCode.Parse(code)), "小计"),
                Value = W(actual),
                Base = W(budget),
                Rate = rate is null ? null : Percentage.Parse(rate),
                Text = $"{subject}。年初预算为{budget}万元，支出决算为{actual}万元" + (rate is null ? string.Empty : $"，完成年初预算的{rate}"),
            });
        }

        // 九、"三公" 经费: budget 0, actual 0, yet "完成全年预算的 0%" (a rate of 0 ÷ 0). Kept as printed.
        b.Statement(new NarrativeStatement(StatementKind.Execution, "“三公”经费财政拨款支出")
        {
            Source = new CellAddress("公开09", RowKey.Total, "决算数.合计"),
            Value = W("0"),
            Base = W("0"),
            Rate = Percentage.Parse("0%"),
            Text = "2023 年度“三公”经费财政拨款支出全年预算为 0 万元，支出决算为 0 万元，完成全年预算的 0%",
        });
        b.Statement(new NarrativeStatement(StatementKind.Execution, "因公出国（境）费")
        {
            Source = new CellAddress("公开09", RowKey.Total, "决算数.因公出国(境)费"),
            Value = W("0"),
            Base = W("0"),
            Rate = Percentage.Parse("0%"),
            Text = "因公出国（境）费全年预算为 0 万元，支出决算为 0 万元，完成全年预算的 0%",
        });
        b.Statement(new NarrativeStatement(StatementKind.Execution, "公务用车购置及运行费")
        {
            Source = new CellAddress("公开09", RowKey.Total, "决算数.公务用车购置及运行维护费"),
            Value = W("0"),
            Rate = Percentage.Parse("0%"),
            Text = "公务用车购置及运行费支出决算为 0 万元，完成全年预算的 0%",
        });
        b.Statement(new NarrativeStatement(StatementKind.Execution, "公务用车购置费")
        {
            Source = new CellAddress("公开09", RowKey.Total, "决算数.公务用车购置费"),
            Value = W("0"),
            Rate = Percentage.Parse("0%"),
            Text = "公务用车购置费 0 万元，完成全年预算的 0%",
        });
        b.Statement(new NarrativeStatement(StatementKind.Execution, "公务用车运行费")
        {
            Source = new CellAddress("公开09", RowKey.Total, "决算数.公务用车运行维护费"),
            Value = W("0"),
            Difference = W("0"),
            Rate = Percentage.Parse("0%"),
            Text = "公务用车运行费 0 万元，完成全年预算的 0%，比全年预算增加(减少) 0 万元",
        });
        b.Statement(new NarrativeStatement(StatementKind.Execution, "公务接待费")
        {
            Source = new CellAddress("公开09", RowKey.Total, "决算数.公务接待费"),
            Value = W("0"),
            Difference = W("0"),
            Rate = Percentage.Parse("0%"),
            Text = "公务接待费支出决算为 0 万元，完成全年预算的 0%，比全年预算增加(减少) 0 万元",
        });

        // 十、机关运行经费: compared with the 2023 年初预算 (base 157.81 + 21.14 = 178.95 is not printed).
        b.Statement(new NarrativeStatement(StatementKind.Change, "机关运行经费")
        {
            Source = new CellAddress("公开06", RowKey.Item("公用经费合计"), "决算数"),
            Value = W("157.81"),
            BaseYear = 2023,
            Difference = W("-21.14"),
            Rate = Percentage.Parse("-11.81%"),
            Text = "2023 年度机关运行经费支出 157.81 万元 … 比年初预算数减少 21.14 万元，降低 11.81%",
        });

        // 十一、政府采购: 授予中小企业 6.76 占 100%, 授予小微企业 6.76 占 100% (both of the total 6.76).
        b.Statement(new NarrativeStatement(StatementKind.Share, "授予中小企业合同金额")
        {
            Value = W("6.76"),
            Base = W("6.76"),
            Rate = Percentage.Parse("100%"),
            Text = "授予中小企业合同金额 6.76 万元，占政府采购支出总额的 100%",
        });
        b.Statement(new NarrativeStatement(StatementKind.Share, "授予小微企业合同金额")
        {
            Value = W("6.76"),
            Base = W("6.76"),
            Rate = Percentage.Parse("100%"),
            Text = "其中：授予小微企业合同金额 6.76 万元，占政府采购支出总额的 100%",
        });

        // 十三、(一) 预算绩效管理工作开展情况: "共涉及项目 5 个，资金 584.76 万元，占一般公共预算项目支出总额的 100%".
        // The base is not printed in the sentence; it is 公开05 合计 项目支出 575.76 (584.76 includes the 9.00 of
        // 政府性基金 in 公开03), so 584.76 ÷ 575.76 = 101.56%, not 100%. Kept as printed.
        b.Statement(new NarrativeStatement(StatementKind.Share, "绩效自评项目资金")
        {
            Value = W("584.76"),
            Base = W("575.76"),
            Rate = Percentage.Parse("100%"),
            Text = "共涉及项目 5 个，资金 584.76 万元，占一般公共预算项目支出总额的 100%",
        });

        // 十三、(二) 部门决算中项目绩效自评结果 (the same figures recur in 附件2–6).
        // 打击欺诈骗保: 26.37 ÷ 26.60 = 99.14%, not 99.83% (99.83 is the self-evaluation score; the 自评表 prints 99%).
        b.Statement(Execution("打击欺诈骗保", "26.37", "26.60", "99.83%",
            "打击欺诈骗保项目绩效自评综述：项目支出年初预算 26.60 万元，实际执行数 26.37 万元，预算执行率为 99.83%"));
        b.Statement(Execution("医疗救助", "483.14", "483.14", "100%",
            "医疗救助项目绩效自评综述：项目支出年初预算 483.14 万元，实际执行数 483.14 万元，预算执行率为 100%"));

        // 一般机构运转: 20.69 ÷ 20.75 = 99.71% (as its 自评表 prints), not 99.94% (the score).
        b.Statement(Execution("一般机构运转", "20.69", "20.75", "99.94%",
            "一般机构运转项目绩效自评综述：项目支出年初预算 20.75 万元，实际执行数 20.69 万元，预算执行率为 99.94%"));
        b.Statement(Execution("医疗补助", "1.438", "1.438", "100%",
            "医疗补助项目绩效自评综述：项目预算总金额 1.438 万元，执行数：1.438 万元，执行率：100%"));
        b.Statement(Execution("门诊共济制度改革", "53.12", "53.12", "100%",
            "门诊共济制度改革项目绩效自评综述：项目预算总金额 53.12 万元，执行数：53.12 万元，执行率：100%"));

        // 附件1 整体绩效评价自评报告, 1. 执行率情况 (repeated in 佐证材料 4 and (三)1): the sentence labels both 基本支出
        // and 项目支出 with the department totals 1012.89 / 1002.76 (基本支出 is 418, 项目支出 584.76).
        b.Statement(Execution("部门整体支出", "1002.76", "1012.89", "99%",
            "基本支出年初预算 1012.89 万元，实际执行数为 1002.76 万元，项目支出年初预算 1012.89 万元，实际执行数 1002.76 万元，预算执行率为 99%"));

        // The annexes repeat the two wrong rates: 附件2 一、(二)1 执行率情况 (and, word for word, (三)1 预算执行情况分析)
        // and 附件4 一、(五)1 执行率情况.
        b.Statement(Execution("打击欺诈骗保（附件2）", "26.37", "26.60", "99.83%",
            "2023 年度区财政资金下拨情况及我局使用情况，项目支出年初预算 26.60 万元，实际执行数 26.37 万元，预算执行率为 99.83%。"));
        b.Statement(Execution("一般机构运转（附件4）", "20.69", "20.75", "99.94%",
            "2023 年度区财政资金下拨情况及我局使用情况，项目支出年初预算 20.75 万元，实际执行数 20.69 万元，预算执行率为 99.94%。"));

        // 附件2 佐证材料 2. 项目资金情况 gives a different 年初预算 for 打击欺诈骗保 (26.37, elsewhere 26.60); no rate printed.
        b.Statement(Execution("打击欺诈骗保（佐证材料）", "26.37", "26.37", null,
            "2023 年度区财政资金下拨情况及我局使用情况，项目支出年初预算 26.37 万元，实际执行数 26.37 万元。"));
    }

    private static void AddPriorFigures(DisclosureBuilder b)
    {
        // 年初预算 (2023 budget) of 公开05 cells, from 五、(三) 财政拨款支出决算具体情况.
        b.PriorFigure(new PriorFigure(new CellAddress("公开05", RowKey.Total, "小计"), 2023, DisclosureKind.Budget, W("898.21")));
        foreach (var (code, _, budget, _, _) in ItemExecutions)
        {
            b.PriorFigure(new PriorFigure(
                new CellAddress("公开05", RowKey.Functional(FunctionalCode.Parse(code)), "小计"), 2023, DisclosureKind.Budget, W(budget)));
        }
    }

    private static void AddSelfEvaluations(DisclosureBuilder b)
    {
        // The 自评表 print 得分 per indicator but no per-indicator 分值 (only the block weights: 预算执行 20 分,
        // 项目绩效总目标 20 分, 年度绩效指标 60 分). The 项目绩效总目标 (分值 20) 得分 is GoalScore
        // (20, or 45 for 医疗救助). TotalScore is the 自评得分 of the 自评报告.

        // 附件1 "2023 年度武汉市洪山区医疗保障局整体绩效评价自评表". The indicator 得分 sum to 80 and the fund score
        // is 19.80, i.e. 99.80, whereas the report states "自评得分 99 分". "档案整理工作" is listed twice.
        b.SelfEvaluation(new PerformanceSelfEvaluation(SelfEvaluationLevel.Department, DepartmentName)
        {
            TableId = "自评-整体",
            BasicExpenditure = W("418"),
            ProjectExpenditure = W("584.76"),
            Funds = new[]
            {
                new SelfEvaluationFund("部门整体支出总额", W("1012.89"), W("1002.76"), Percentage.Parse("99.00%"))
                {
                    Weight = 20m,
                    Score = 19.80m,
                },
            },
            Indicators = new[]
            {
                Ind("产出指标", "数量指标", "完成医疗补助人数", "≥6人", "6人", 5m),
                Ind("产出指标", "数量指标", "政策宣传活动次数", "≥5次", "8次", 5m),
                Ind("产出指标", "数量指标", "医疗救助人员", "≥3000人次", "4705人次", 5m),
                Ind("产出指标", "数量指标", "政策宣传活动", "≥5次", "10次", 5m),
                Ind("产出指标", "数量指标", "重特大疾病医疗救助人次占直接救助人次比例", "≥28%", "70%", 5m),
                Ind("产出指标", "数量指标", "党建宣传及活动次数", "≥5次", "5次", 5m),
                Ind("产出指标", "数量指标", "法制宣传次数", "≥2次", "4次", 5m),
                Ind("产出指标", "时效指标", "补助费用拨付及时性", "按时支付", "按时支付", 3m),
                Ind("产出指标", "质量指标", "补助费用拨付足额率", "100%", "100%", 3m),
                Ind("产出指标", "质量指标", "对两定医药机构抽查完成率", "100%", "100%", 3m),
                Ind("产出指标", "质量指标", "举报奖励兑现率", "优秀", "优秀", 3m),
                Ind("产出指标", "质量指标", "内控制度建设", "达标", "达标", 3m),
                Ind("产出指标", "质量指标", "档案整理工作", "达标", "达标", 3m),
                Ind("产出指标", "质量指标", "“一站式，一票制” 即时结算", "100%", "100%", 3m),
                Ind("产出指标", "质量指标", "档案整理工作", "达标", "达标", 3m),
                Ind("效益指标", "社会效益指标", "促进经济社会发展", "有效促进", "有效促进", 3m),
                Ind("效益指标", "社会效益指标", "促进医疗事业长期发展", "有效促进", "有效促进", 3m),
                Ind("效益指标", "社会效益指标", "对困难群众应保尽保，应救尽救", "100%", "100%", 3m),
                Ind("满意度指标", "服务对象满意度指标", "社会满意度", "≥90%", "100%", 3m),
                Ind("满意度指标", "服务对象满意度指标", "群众对医疗保障工作的满意度", "90%", ">90%", 3m),
                Ind("满意度指标", "服务对象满意度指标", "医疗救助对象满意度", "90%", "90%", 3m),
                Ind("满意度指标", "服务对象满意度指标", "群众对部门工作的满意度", "90%", "90%", 3m),
            },
            TotalScore = 99m,
            DeviationReason = "我局贯彻厉行节约，压减开支原则减少了部分支出",
            Improvement = ImprovementText,
        });

        // 附件2 "2023 年度打击欺诈骗保项目绩效评价自评表". 执行率 printed "99%" (26.37 ÷ 26.6 = 99.14%); 得分 19.83 =
        // 20 × 99.14%. 项目绩效总目标 得分 20. 19.83 + 20 + 60 = 99.83 = 自评得分.
        b.SelfEvaluation(new PerformanceSelfEvaluation(SelfEvaluationLevel.Project, "打击欺诈骗保")
        {
            TableId = "自评-打击欺诈骗保",
            Department = "洪山区医疗保障局",
            ExecutingUnit = "洪山区医疗保障局",
            Funds = new[]
            {
                new SelfEvaluationFund("年度财政资金总额", W("26.6"), W("26.37"), Percentage.Parse("99%")) { Weight = 20m, Score = 19.83m },
            },
            InitialGoal = "加大医保基金监管工作合力,构建严密有力的基金监管机制和风险控制机制。通过监督检查全覆盖与抓重点补短板相结合、自查自纠与抽查复查相结合、强化外部监管与加强内控管理相结合,充分动员社会力量参与,督促定点医疗机构健全内部医保管理制度,遏制医保基金使用过程中的违法违规行为,充分发挥医保基金最大效能,促进医保监管由治标向治本转变",
            GoalOutcome = "一是核查市局下发的12批206家915条异常数据,追缴金额39.501余万元(含违约金)。二是开展使用医疗保障凭证套刷生活日用品等违规问题专项整治、洪山区2023年医保领域打击欺诈骗保专项整治自查自纠、全区定点药店违规使用医保基金问题专项排查整治工作,退回违规问题金额共计84.114万元。三是联合区卫生健康局开展医疗机构不合理医疗检查及用药突出问题专项治理工作,现场检查13家,发现问题25个;参加市区两级2023年医疗机构综合监管联合医保检查工作,现场检查11家,发现问题17个。根据市局下发线索,现场检查4家,涉及医保违规费用共计7.9045万元。四是对“十禁止”“八不”公约落实情况开展现场督导和暗访共计883家次。追缴违规金额6.04万元(含违约金),行政处罚432元。五是根据群众举报、市局移交案件核查,查处4家定点医药机构,追缴金额1.045万元(含违约金)。截至目前,完成全区近800家定点医药机构全覆盖检查,共发现问题机构643家次,追缴金额384.1927万元(含违约金),约谈整改86家,解除医保协议3家,移交线索21家。",
            Indicators = new[]
            {
                Ind("产出指标", "数量指标", "政策宣传活动次数", "≥5次", "8次", 10m),
                Ind("产出指标", "质量指标", "对两定医药机构抽查完成率", "100%", "100%", 20m),
                Ind("产出指标", "质量指标", "举报奖励兑现率", "优秀", "优秀", 20m),
                Ind("效益指标", "满意度指标", "群众对医疗保障工作的满意度", "90%", ">90%", 10m),
            },
            GoalWeight = 20m,
            GoalScore = 20m, // 项目绩效总目标 得分 as printed
            TotalScore = 99.83m,
            DeviationReason = "目标未完成原因：我局贯彻厉行节约，压减开支原则减少了部分支出；",
            Improvement = ImprovementText,
        });

        // 附件3 "2023 年度医疗救助项目绩效评价自评表". 项目绩效总目标 (20分) is scored 45 (more than its weight);
        // 20 + 45 + 60 = 125, whereas 自评得分 is 100. The 质量指标 rows and the 满意度指标 row are shifted by the
        // extraction; read as 产出指标/质量指标 and 效益指标/满意度指标.
        b.SelfEvaluation(new PerformanceSelfEvaluation(SelfEvaluationLevel.Project, "医疗救助")
        {
            TableId = "自评-医疗救助",
            Department = "洪山区医疗保障局",
            ExecutingUnit = "洪山区医疗保障局",
            Funds = new[]
            {
                new SelfEvaluationFund("年度财政资金总额", W("483.14"), W("483.14"), Percentage.Parse("100%")) { Weight = 20m, Score = 20m },
            },
            InitialGoal = "减轻困难居民医疗负担，保障困难群众的基本生存效益，提高贫困人口医疗服务的公平性和可及性，促进社会稳定，构建和谐社会。",
            GoalOutcome = "我局 2023 年度已对我局对城乡低保、城市三无、农村五保、城乡孤儿等重点对象和低收入困难对象、因病致贫困难对象开展医疗救助，政策覆盖率 100%。共计救助 4705 人次共计使用资金 483.14 万元。",
            Indicators = new[]
            {
                Ind("产出指标", "数量指标", "医疗救助人员", "≥3000 人次", "4705 人次", 10m),
                Ind("产出指标", "数量指标", "政策宣传活动", "≥5 次", "10 次", 10m),
                Ind("产出指标", "数量指标", "重特大疾病医疗救助人次占直接救助人次比例", "≥28%", "70%", 10m),
                Ind("产出指标", "质量指标", "“一站式，一票制”即时结算", "100%", "100%", 10m),
                Ind("产出指标", "质量指标", "档案整理工作", "达标", "达标", 10m),
                Ind("效益指标", "社会效益指标", "应保尽保，应救尽救", "100%", "100%", 5m),
                Ind("效益指标", "满意度指标", "困难对象满意度", "90%", "90%", 5m),
            },
            GoalWeight = 20m,
            GoalScore = 45m, // 项目绩效总目标 得分 as printed
            TotalScore = 100m,
            DeviationReason = "年初预算本项目经费 483.14 万元，实际执行 483.14 万元。",
            Improvement = ImprovementText,
        });

        // 附件4 "2023 年度一般机构运转项目绩效评价自评表". 19.94 + 20 + 60 = 99.94 = 自评得分. The 质量指标 rows print
        // "质量指标" in the 一级指标 column (extraction); read as 产出指标. The last row lost its 一级/二级 cells; read as
        // 效益指标/满意度指标.
        b.SelfEvaluation(new PerformanceSelfEvaluation(SelfEvaluationLevel.Project, "一般机构运转")
        {
            TableId = "自评-一般机构运转",
            Department = "洪山区医疗保障局",
            ExecutingUnit = "洪山区医疗保障局",
            Funds = new[]
            {
                new SelfEvaluationFund("年度财政资金总额", W("20.75"), W("20.69"), Percentage.Parse("99.71%")) { Weight = 20m, Score = 19.94m },
            },
            InitialGoal = "本年度经费主要用于聘请法律顾问、党建活动及宣传、信息化设备网络维护、法制宣传、内控编制、档案整理、绩效评价、综治文创等日常工作。",
            GoalOutcome = "组织开展党组理论学习中心组学习 17 次, 支部主题党日活动 12 次, 党员大会 4 次, 党课宣讲 5 次, 联组学习 3 次。强医保基金监管、医疗救助、门诊统筹等医保领域法律法规政策的宣传。",
            Indicators = new[]
            {
                Ind("产出指标", "数量指标", "党建宣传及活动次数", "≥5 次", "5 次", 10m),
                Ind("产出指标", "数量指标", "法制宣传次数", "≥2 次", "4 次", 10m),
                Ind("产出指标", "质量指标", "内控制度建设", "达标", "完成", 10m),
                Ind("产出指标", "质量指标", "档案整理工作", "达标", "完成", 10m),
                Ind("效益指标", "满意度指标", "设备维护满意度", "98%", "98%", 10m),
                Ind("效益指标", "满意度指标", "群众对部门工作的满意度", "90%", "90%", 10m),
            },
            GoalWeight = 20m,
            GoalScore = 20m, // 项目绩效总目标 得分 as printed
            TotalScore = 99.94m,
            DeviationReason = "我局贯彻厉行节约, 压减开支原则减少了部分支出",
            Improvement = ImprovementText,
        });

        // 附件5 "2023 年度医疗补助项目绩效评价自评表". Amounts in 万元 with 3 decimals (1.438). The 预算执行 row is
        // misaligned in the extraction ("1.438 ‖ ‖ 1.438 ‖ 100.00%"): read as 预算数 1.438, 执行数 1.438,
        // 执行率 100.00%; its 得分 is not printed (20 would make 20 + 20 + 60 = 100 = 自评得分).
        b.SelfEvaluation(new PerformanceSelfEvaluation(SelfEvaluationLevel.Project, "医疗补助项目")
        {
            TableId = "自评-医疗补助",
            Department = "武汉市洪山区医疗保障局",
            ExecutingUnit = "办公室",
            Funds = new[]
            {
                new SelfEvaluationFund("年度财政资金总额", W("1.438"), W("1.438"), Percentage.Parse("100.00%")) { Weight = 20m },
            },
            InitialGoal = "完成 2022 年度洪山区医疗补助发放任务",
            GoalOutcome = "完成 2022 年度医疗补助发放共 6 人，费用共计 1.438 万元，补助费用足额及时发放。",
            Indicators = new[]
            {
                Ind("产出指标", "数量指标", "完成医疗补助人数", "≥6 人", "6 人", 10m),
                Ind("产出指标", "质量指标", "补助费用拨付足额率", "100%", "100%", 10m),
                Ind("产出指标", "时效指标", "补助费用拨付及时性", "按时支付", "按时支付", 10m),
                Ind("效益指标", "社会效益指标", "促进经济社会发展", "有效促进", "有效促进", 10m),
                Ind("效益指标", "社会效益指标", "促进医疗事业长期发展", "有效促进", "有效促进", 10m),
                Ind("满意度指标", "服务对象满意度指标", "社会满意度", "≥90%", "100%", 10m),
            },
            GoalWeight = 20m,
            GoalScore = 20m, // 项目绩效总目标 得分 as printed
            TotalScore = 100m,
            DeviationReason = "年初预算本项目经费 1.438 万元，实际执行 1.438 万元。",
            Improvement = ImprovementText,
        });

        // 附件6 "2023 年度门诊共济制度改革项目绩效评价自评表". Its 项目名称 cell is printed "医疗补助项目" (copied from
        // 附件5); the evaluation is named after its heading here. 20 + 20 + 60 = 100 = 自评得分.
        b.SelfEvaluation(new PerformanceSelfEvaluation(SelfEvaluationLevel.Project, "门诊共济制度改革")
        {
            TableId = "自评-门诊共济制度改革",
            Department = "武汉市洪山区医疗保障局",
            ExecutingUnit = "办公室",
            Funds = new[]
            {
                new SelfEvaluationFund("年度财政资金总额", W("53.12"), W("53.12"), Percentage.Parse("100.00%")) { Weight = 20m, Score = 20m },
            },
            InitialGoal = "多举措推进门诊统筹政策落地",
            GoalOutcome = "一是组织宣讲、培训近150场，覆盖1.23余万人。二是督导辖区580家定点医药机构优化完善配套措施，参与全市线上培训会，严格问题线索处置及通报，加强指导业务，强化行业自律和行政监管。三是强化源头预防，办理新规相关投诉343件，办结率100%。四是协助区专项工作专班调集下沉党员，做实医改政策答疑工作，累计下沉211人，接待来访群众168人。",
            Indicators = new[]
            {
                Ind("产出指标", "数量指标", "宣传培训", "≥50场", "150场", 15m),
                Ind("产出指标", "时效指标", "群众接访及时性", "及时处理", "及时处理", 15m),
                Ind("效益指标", "社会效益指标", "保障门诊共济制度改革平稳落地", "有力保障", "有力保障", 15m),
                Ind("满意度指标", "服务对象满意度指标", "社会满意度", "≥90%", "100%", 15m),
            },
            GoalWeight = 20m,
            GoalScore = 20m, // 项目绩效总目标 得分 as printed
            TotalScore = 100m,
            DeviationReason = "年初预算本项目经费53.12万元，实际执行53.12万元。",
            Improvement = ImprovementText,
        });
    }

    /// <summary>五、(三): 项 code, subject as printed, 年初预算, 支出决算, 完成年初预算的 (null where not printed).</summary>
    private static readonly (string Code, string Subject, string Budget, string Actual, string? Rate)[] ItemExecutions =
    [
        ("2080501", "社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）", "0.00", "0.15", null),
        ("2080505", "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）", "12.88", "23.36", "181.37%"),
        ("2080506", "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）", "0.00", "11.30", null),
        ("2100799", "卫生健康支出（类）计划生育事务（款）其他计划生育事务支出（项）", "0.00", "1.40", null),
        ("2101101", "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）", "14.75", "14.51", "98.37%"),
        ("2101199", "卫生健康支出（类）行政事业单位医疗（款）其他行政事业单位医疗支出（项）", "0.00", "1.44", null),
        ("2101301", "卫生健康支出(类)医疗救助(款)城乡医疗救助(项)", "450.00", "474.14", "105.36%"),
        ("2101501", "卫生健康支出（类）医疗保障管理事务（款）行政运行（项）", "340.25", "338.14", "99.38%"),
        ("2101502", "卫生健康支出（类）医疗保障管理事务（款）一般行政管理事务（项）", "29.00", "18.79", "64.79%"),
        ("2101505", "卫生健康支出（类）医疗保障管理事务（款）医疗保障政策管理（项）", "21.53", "26.37", "122.48%"),
        ("2101599", "卫生健康支出（类）医疗保障管理事务（款）其他医疗保障管理事务支出（项）", "0.00", "55.02", null),
        ("2210201", "住房保障支出（类）住房改革支出（款）住房公积金（项）", "22.19", "21.61", "97.39%"),
        ("2210202", "住房保障支出（类）住房改革支出（款）提租补贴（项）", "4.51", "4.39", "97.34%"),
        ("2210203", "住房保障支出（类）住房改革支出（款）购房补贴（项）", "3.10", "3.14", "101.29%"),
    ];

    private const string ImprovementText =
        "合理安排资金，加快支出进度。统筹安排各类资金使用顺序，盘活用好财政资金。项目支出预算要加快执行，根据项目实施进度合法、合规、及时办理资金支付手续。争取项目尽早计划、尽早铺排、尽早开展，争取做到完成一批结清一批。总结项目资金管理经验，发现工作中存在的问题和不足，为今后加强资金使用管理、健全资金支出项目、完善资金绩效管理、提高资金使用效益工作提供重要的参考依据。";

    /// <summary>A figure in 万元 at the number of decimals printed ("418" → 418万元, "11.9" → 11.9万元).</summary>
    private static ReportedValue W(string printed) => ReportedValue.Parse(printed + "万元");

    private static NarrativeStatement Change(string subject, string value, string difference, string? rate, CellAddress source, string text)
        => new(StatementKind.Change, subject)
        {
            Source = source,
            Value = W(value),
            BaseYear = 2022,
            Difference = W(difference),
            Rate = rate is null ? null : Percentage.Parse(rate),
            Text = text,
        };

    private static NarrativeStatement ClassShare(string code, string subject, string value, string rate, string text)
        => new(StatementKind.Share, subject)
        {
            Source = new CellAddress("公开05", RowKey.Functional(FunctionalCode.Parse(code)), "小计"),
            Value = W(value),
            Base = W("993.76"),
            Rate = Percentage.Parse(rate),
            Text = text,
        };

    private static NarrativeStatement Execution(string subject, string actual, string budget, string? rate, string text)
        => new(StatementKind.Execution, subject)
        {
            Value = W(actual),
            Base = W(budget),
            Rate = rate is null ? null : Percentage.Parse(rate),
            Text = text,
        };

    private static PerformanceIndicator Ind(string level1, string level2, string name, string target, string actual, decimal score)
        => new(level1, level2, name, IndicatorValue.Parse(target))
        {
            Actual = IndicatorValue.Parse(actual),
            Score = score,
        };
}
