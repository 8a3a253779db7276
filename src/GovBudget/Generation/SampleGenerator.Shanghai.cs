using System.Globalization;
using GovBudget.Amounts;
using GovBudget.Building;
using GovBudget.Classification;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.TableSets;

namespace GovBudget.Generation;

/// <summary>The entry point by table set, and the Shanghai layouts (shanghai.budget, shanghai.unit-budget, shanghai.settlement).</summary>
public static partial class SampleGenerator
{
    /// <summary>The 类 lines the Shanghai settlement prints in 公开01 and 公开04 (every 类 of the edition, in this order).</summary>
    private static readonly int[] ShanghaiSettlementClasses =
        [201, 202, 203, 204, 205, 206, 207, 208, 210, 211, 212, 213, 214, 215, 216, 217, 219, 220, 221, 222, 223, 224, 229, 231, 232, 234];

    private static readonly string[] ChineseDigits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>
    /// A disclosure in the table set <paramref name="tableSet"/>: <c>hubei.budget</c> (as <see cref="Budget"/>),
    /// <c>hubei.budget.legacy</c> (as <see cref="LegacyBudget"/>), <c>national.settlement</c> (as <see cref="Settlement"/>),
    /// and the Shanghai sets <c>shanghai.budget</c>, <c>shanghai.unit-budget</c> (表1–表9 in 元, 表9 in 万元) and
    /// <c>shanghai.settlement</c> (公开01–公开09). Tables are printed at <see cref="SampleOptions.Precision"/>
    /// (<see cref="Precision.Yuan2"/> for the exact variant, 0.01 万元 rounded like real documents); the Shanghai 表9 is
    /// always printed in 0.01 万元, as Shanghai prints it, from whole-百元 amounts.
    /// </summary>
    /// <exception cref="NotSupportedException">The generator has no layout for the set: it is not one of the built-in sets above (for example a set loaded from a file).</exception>
    public static Disclosure Generate(TableSet tableSet, SampleOptions options) => GenerateBuilder(tableSet, options).Build();

    /// <summary>A builder holding a disclosure in the table set <paramref name="tableSet"/> (see <see cref="Generate"/>), for callers that change it before building.</summary>
    /// <exception cref="NotSupportedException">The generator has no layout for the set.</exception>
    public static DisclosureBuilder GenerateBuilder(TableSet tableSet, SampleOptions options)
    {
        ArgumentNullException.ThrowIfNull(tableSet);
        ArgumentNullException.ThrowIfNull(options);
        if (!ReferenceEquals(TableSetRegistry.BuiltIn.Find(tableSet.Id), tableSet))
        {
            throw Unsupported(tableSet);
        }

        return tableSet.Id switch
        {
            "hubei.budget" => BudgetBuilder(options),
            "hubei.budget.legacy" => LegacyBudgetBuilder(options),
            "national.settlement" => SettlementBuilder(options),
            "shanghai.budget" or "shanghai.unit-budget" => ShanghaiBudgetBuilder(tableSet, options),
            "shanghai.settlement" => ShanghaiSettlementBuilder(tableSet, options),
            _ => throw Unsupported(tableSet),
        };
    }

    private static NotSupportedException Unsupported(TableSet tableSet)
        => new($"SampleGenerator has no layout for table set '{tableSet.Id}' ({tableSet.NameZh}); it generates the built-in sets hubei.budget, hubei.budget.legacy, national.settlement, shanghai.budget, shanghai.unit-budget and shanghai.settlement.");

    /// <summary>shanghai.budget and shanghai.unit-budget: 表1–表9 as Shanghai prints them.</summary>
    private static DisclosureBuilder ShanghaiBudgetBuilder(TableSet set, SampleOptions options)
    {
        var m = new SampleModel(options);
        var p = new Printer(options.Precision);
        var wan = new Printer(Precision.WanYuan2);
        var unitScope = set.Scope == TableSetScope.Unit;
        var who = unitScope ? "本单位" : "本部门";
        var b = Start(DisclosureBuilder.Budget(options.Year), m, options).TableSet(set);
        var tree = Tree(m.Lines);
        var classes = tree.Where(n => n.Code.Level == SubjectLevel.Class).ToList();
        var projects = m.GeneralProject + m.Fund;

        b.Table("表1", t =>
        {
            var income = new Dictionary<string, Amount>(StringComparer.Ordinal)
            {
                ["I:财政拨款收入"] = m.Total,
                ["I:一般公共预算资金"] = m.General,
                ["I:政府性基金"] = m.Fund,
                ["I:收入总计"] = m.Total,
            };
            var width = t.Definition.Columns.Count;
            foreach (var line in t.Definition.Lines.Where(l => l.Side == "收入"))
            {
                t.Row(line.Key, line.Label, Cells(width, (0, income.TryGetValue(line.Key.ToString(), out var a) ? p.Blank(a) : null)));
            }

            var index = 0;
            foreach (var (code, s) in classes)
            {
                var label = ClassLabel(++index, Name(options, code));
                t.Row(RowKey.Functional(code), label, unitScope
                    ? Cells(width, (1, p.Print(s.Total)), (2, p.Blank(s.Personnel)), (3, p.Blank(s.Public)), (4, p.Blank(s.Project + s.Fund)))
                    : Cells(width, (1, p.Print(s.Total))));
            }

            var total = t.Definition.Lines.First(l => l.Key.ToString() == "I:支出总计");
            t.Row(total.Key, total.Label, unitScope
                ? Cells(width, (1, p.Print(m.Total)), (2, p.Blank(m.Personnel)), (3, p.Blank(m.Public)), (4, p.Blank(projects)))
                : Cells(width, (1, p.Print(m.Total))));
        });
        b.Table("表2", t =>
        {
            foreach (var (code, s) in tree)
            {
                t.Row(RowKey.Functional(code), Name(options, code), p.Print(s.Total), p.Print(s.Total), null, null, null);
            }

            t.Total(p.Print(m.Total), p.Print(m.Total), null, null, null);
        });
        b.Table("表3", t =>
        {
            foreach (var (code, s) in tree)
            {
                t.Row(RowKey.Functional(code), Name(options, code), p.Print(s.Total), p.Blank(s.Basic), p.Blank(s.Project + s.Fund));
            }

            t.Total(p.Print(m.Total), p.Blank(m.Basic), p.Blank(projects));
        });
        b.Table("表4", t =>
        {
            var lines = t.Definition.Lines;
            t.Row(lines[0].Key, lines[0].Label, p.Blank(m.General), null, null, null, null);
            t.Row(lines[1].Key, lines[1].Label, p.Blank(m.Fund), null, null, null, null);
            t.Row(lines[2].Key, lines[2].Label, null, null, null, null, null);
            t.Row(lines[3].Key, lines[3].Label, p.Print(m.Total), null, null, null, null);
            var index = 0;
            foreach (var (code, s) in classes)
            {
                t.Row(RowKey.Functional(code), ClassLabel(++index, Name(options, code)), null, p.Print(s.Total), p.Blank(s.General), p.Blank(s.Fund), null);
            }

            t.Row(lines[4].Key, lines[4].Label, null, p.Print(m.Total), p.Blank(m.General), p.Blank(m.Fund), null);
        });
        b.Table("表5", t =>
        {
            foreach (var (code, s) in Tree(m.Lines.Where(l => l.General != Amount.Zero)))
            {
                t.Row(RowKey.Functional(code), Name(options, code), p.Print(s.General), p.Blank(s.Basic), p.Blank(s.Project));
            }

            t.Total(p.Print(m.General), p.Blank(m.Basic), p.Blank(m.GeneralProject));
        });
        b.Table("表6", t =>
        {
            if (m.Fund.IsZero)
            {
                t.Remark(string.Create(CultureInfo.InvariantCulture, $"注:{who}{options.Year}年无政府性基金预算财政拨款安排的预算，故本表为空表。"));
                return;
            }

            foreach (var (code, s) in Tree(m.Lines.Where(l => l.Fund != Amount.Zero)))
            {
                t.Row(RowKey.Functional(code), Name(options, code), p.Print(s.Fund), null, p.Print(s.Fund));
            }

            t.Total(p.Print(m.Fund), null, p.Print(m.Fund));
        });
        b.Table("表7", t => t.Remark(string.Create(CultureInfo.InvariantCulture, $"注:{who}{options.Year}年无国有资本经营预算财政拨款安排的预算，故本表为空表。")));
        b.Table("表8", t =>
        {
            var personnel = m.PersonnelByEconomic.Select(e => (e.Code, e.Amount, Personnel: true));
            var items = personnel.Concat(m.PublicByEconomic.Select(e => (e.Code, e.Amount, Personnel: false))).OrderBy(e => e.Code).ToList();
            foreach (var group in items.GroupBy(e => e.Code.Class))
            {
                var sum = Amount.Sum(group.Select(g => g.Amount));
                var isPersonnel = group.First().Personnel;
                t.Row(RowKey.Economic(group.Key), EconomicName(options, group.Key), p.Print(sum), isPersonnel ? p.Print(sum) : null, isPersonnel ? null : p.Print(sum));
                foreach (var (code, amount, _) in group)
                {
                    t.Row(RowKey.Economic(code), EconomicName(options, code), p.Print(amount), isPersonnel ? p.Print(amount) : null, isPersonnel ? null : p.Print(amount));
                }
            }

            t.Total(p.Print(m.Basic), p.Print(m.Personnel), p.Print(m.Public));
        });
        var (hospitality, operating) = ShanghaiThreePublic(m);
        b.Table("表9", t => t.WithPrecision(Precision.WanYuan2).Total(
            wan.Print(hospitality), null, wan.Blank(hospitality), null, null, null, wan.Print(operating)));

        AddFigures(b, m, p);
        AddShareAndChange(b, m, p, options, new CellAddress("表3", RowKey.Total, "基本支出"), "财务收支预算总额");
        return b;
    }

    /// <summary>shanghai.settlement: 公开01–公开09 as Shanghai prints them (no 行次/栏次, every 类 line in 公开01 and 公开04).</summary>
    private static DisclosureBuilder ShanghaiSettlementBuilder(TableSet set, SampleOptions options)
    {
        var m = new SampleModel(options);
        var p = new Printer(options.Precision);
        var b = Start(DisclosureBuilder.Settlement(options.Year), m, options).TableSet(set);
        var tree = Tree(m.Lines);
        var byClass = tree.Where(n => n.Code.Level == SubjectLevel.Class).ToDictionary(n => n.Code, n => n.Sums);
        var catalog = CatalogSet.BuiltIn.Functional(options.Year);
        var classLines = ShanghaiSettlementClasses.Select(FunctionalCode.FromValue).Where(c => catalog.Contains(c) || byClass.ContainsKey(c))
            .Concat(byClass.Keys).Distinct().OrderBy(c => c).ToList();
        var projects = m.GeneralProject + m.Fund;

        b.Table("公开01", t =>
        {
            var income = new Dictionary<string, Amount>(StringComparer.Ordinal)
            {
                ["I:一般公共预算财政拨款收入"] = m.General,
                ["I:政府性基金预算财政拨款收入"] = m.Fund,
                ["I:本年收入合计"] = m.Total,
                ["I:收入总计"] = m.Total,
            };
            foreach (var line in t.Definition.Lines.Where(l => l.Side == "收入"))
            {
                t.Row(line.Key, line.Label, income.TryGetValue(line.Key.ToString(), out var a) ? p.Blank(a) : null, null);
            }

            foreach (var code in classLines)
            {
                t.Row(RowKey.Functional(code), Name(options, code), null, byClass.TryGetValue(code, out var s) ? p.Blank(s.Total) : null);
            }

            var expenditure = new Dictionary<string, Amount>(StringComparer.Ordinal) { ["I:本年支出合计"] = m.Total, ["I:支出总计"] = m.Total };
            foreach (var line in t.Definition.Lines.Where(l => l.Side == "支出"))
            {
                t.Row(line.Key, line.Label, null, expenditure.TryGetValue(line.Key.ToString(), out var a) ? p.Blank(a) : null);
            }
        });
        b.Table("公开02", t =>
        {
            t.Total(p.Print(m.Total), p.Print(m.Total), null, null, null, null, null);
            foreach (var (code, s) in tree)
            {
                t.Row(RowKey.Functional(code), Name(options, code), p.Print(s.Total), p.Print(s.Total), null, null, null, null, null);
            }
        });
        b.Table("公开03", t =>
        {
            t.Total(p.Print(m.Total), p.Blank(m.Basic), p.Blank(projects), null, null, null);
            foreach (var (code, s) in tree)
            {
                t.Row(RowKey.Functional(code), Name(options, code), p.Print(s.Total), p.Blank(s.Basic), p.Blank(s.Project + s.Fund), null, null, null);
            }
        });
        b.Table("公开04", t =>
        {
            var income = new Dictionary<string, Amount>(StringComparer.Ordinal)
            {
                ["I:一般公共预算财政拨款"] = m.General,
                ["I:政府性基金预算财政拨款"] = m.Fund,
                ["I:本年收入合计"] = m.Total,
                ["I:收入总计"] = m.Total,
            };
            foreach (var line in t.Definition.Lines.Where(l => l.Side == "收入"))
            {
                t.Row(line.Key, line.Label, income.TryGetValue(line.Key.ToString(), out var a) ? p.Blank(a) : null, null, null, null, null);
            }

            foreach (var code in classLines)
            {
                var s = byClass.TryGetValue(code, out var sums) ? sums : default;
                t.Row(RowKey.Functional(code), Name(options, code), null, p.Blank(s.Total), p.Blank(s.General), p.Blank(s.Fund), null);
            }

            foreach (var line in t.Definition.Lines.Where(l => l.Side == "支出"))
            {
                var closing = line.Key.ToString() == "I:年末财政拨款结转和结余";
                t.Row(line.Key, line.Label, null, closing ? null : p.Print(m.Total), closing ? null : p.Blank(m.General), closing ? null : p.Blank(m.Fund), null);
            }
        });
        b.Table("公开05", t =>
        {
            foreach (var (code, s) in Tree(m.Lines.Where(l => l.General != Amount.Zero)))
            {
                t.Row(RowKey.Functional(code), Name(options, code), p.Print(s.General), p.Blank(s.Basic), p.Blank(s.Project));
            }

            t.Total(p.Print(m.General), p.Blank(m.Basic), p.Blank(m.GeneralProject));
        });
        b.Table("公开06", t =>
        {
            foreach (var group in m.PersonnelByEconomic.Concat(m.PublicByEconomic).OrderBy(e => e.Code).GroupBy(e => e.Code.Class))
            {
                t.Row(RowKey.Economic(group.Key), EconomicName(options, group.Key), p.Print(Amount.Sum(group.Select(g => g.Amount))));
                foreach (var (code, amount) in group)
                {
                    t.Row(RowKey.Economic(code), EconomicName(options, code), p.Print(amount));
                }
            }

            t.Row(RowKey.Item("人员经费合计"), "人员经费合计", p.Print(m.Personnel));
            t.Row(RowKey.Item("公用经费合计"), "公用经费合计", p.Print(m.Public));
        });
        var (budgeted, _) = ShanghaiThreePublic(m);
        b.Table("公开09", t =>
        {
            if (m.Hospitality.IsZero)
            {
                t.Remark(m.DepartmentName + "本年度没有财政拨款“三公”经费支出，故本表无数据。");
                return;
            }

            t.Total(p.Print(budgeted), p.Print(m.Hospitality), null, null, null, null, null, null, null, null, p.Print(budgeted), p.Print(m.Hospitality));
        });
        b.Table("公开07", t =>
        {
            if (m.Fund.IsZero)
            {
                t.Remark(m.DepartmentName + "本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。");
                return;
            }

            t.Total(null, p.Print(m.Fund), p.Print(m.Fund), null, p.Print(m.Fund), null);
            foreach (var (code, s) in Tree(m.Lines.Where(l => l.Fund != Amount.Zero)))
            {
                t.Row(RowKey.Functional(code), Name(options, code), null, p.Print(s.Fund), p.Print(s.Fund), null, p.Print(s.Fund), null);
            }
        });
        b.Table("公开08", t => t.Remark(m.DepartmentName + "本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。"));

        AddFigures(b, m, p);
        AddShareAndChange(b, m, p, options, new CellAddress("公开03", RowKey.Total, "基本支出"), "收入支出决算总计");
        return b;
    }

    /// <summary>
    /// The Shanghai 三公 and 机关运行经费 figures, whole 百元 (0.01 万元) as 表9 prints them: the 公务接待费 budget covers
    /// the 30217 item (rounded up), 机关运行经费 is the 公用经费 without its part below 100 元 (so it never exceeds it).
    /// </summary>
    private static (Amount Hospitality, Amount Operating) ShanghaiThreePublic(SampleModel m)
    {
        const long Hundred = 1_000_000; // 100 元 in ticks
        var hospitality = (m.Hospitality.Ticks + Hundred - 1) / Hundred * Hundred;
        var operating = m.Public.Ticks / Hundred * Hundred;
        return (Amount.FromTicks(hospitality), Amount.FromTicks(operating));
    }

    private static string?[] Cells(int width, params (int Index, string? Value)[] values)
    {
        var cells = new string?[width];
        foreach (var (index, value) in values)
        {
            cells[index] = value;
        }

        return cells;
    }

    /// <summary>"一、一般公共服务支出": the 类 lines of the two-sided summaries carry Chinese ordinals.</summary>
    private static string ClassLabel(int ordinal, string? name) => ChineseOrdinal(ordinal) + "、" + name;

    private static string ChineseOrdinal(int n) => n switch
    {
        < 10 => ChineseDigits[n],
        10 => "十",
        < 20 => "十" + ChineseDigits[n - 10],
        _ => ChineseDigits[n / 10] + "十" + (n % 10 == 0 ? string.Empty : ChineseDigits[n % 10]),
    };
}
