using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Disclosures;

namespace GovBudget.Generation;

/// <summary>
/// The exact (元) facts a sample disclosure is printed from: per unit and functional 项, personnel, public and project
/// amounts of the general public budget, government-fund projects, the economic breakdown of basic expenditure,
/// projects, 三公 and prior-year figures. Every table is derived from these facts, so the tables agree exactly in 元.
/// </summary>
internal sealed class SampleModel
{
    private static readonly int[] PersonnelItems = [2080505, 2080506, 2101101, 2101103, 2210201, 2210202, 2210203];
    private static readonly int[] ProjectItems = [2101502, 2101505, 2101301];
    private static readonly int[] PersonnelEconomic = [30101, 30102, 30103, 30107, 30108, 30109, 30110, 30112, 30113, 30307];
    private static readonly int[] PublicEconomic = [30201, 30205, 30206, 30207, 30217, 30228, 30299, 31002];

    public SampleModel(SampleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Internal.Preconditions.CheckRange(options.Units, 1, 50);
        Internal.Preconditions.CheckRange(options.Scale, 1, 1000);
        Options = options;
        var random = new Random(options.Seed);
        var catalog = CatalogSet.BuiltIn.Functional(options.Year);
        DepartmentCode = (100 + Math.Abs(options.Seed % 800)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        DepartmentName = $"示例区第{Math.Abs(options.Seed % 90) + 10}局";
        for (var u = 1; u <= options.Units; u++)
        {
            var code = DepartmentCode + u.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
            var unit = new BudgetUnit(code, u == 1 ? DepartmentName + "本级" : $"{DepartmentName}第{u}中心", UnitKind.Administrative);
            Units.Add(unit);
            foreach (var item in PersonnelItems.Where(i => catalog.Contains(FunctionalCode.FromValue(i))))
            {
                if (random.Next(4) > 0)
                {
                    Lines.Add(new Line(unit, FunctionalCode.FromValue(item), Yuan(random, 5_000, 600_000, options.Scale), Amount.Zero, Amount.Zero, Amount.Zero));
                }
            }

            // 行政运行: personnel and public costs.
            Lines.Add(new Line(unit, FunctionalCode.FromValue(2101501), Yuan(random, 800_000, 3_000_000, options.Scale), Yuan(random, 200_000, 1_000_000, options.Scale), Amount.Zero, Amount.Zero));
            foreach (var item in ProjectItems.Where(i => catalog.Contains(FunctionalCode.FromValue(i))))
            {
                if (random.Next(3) > 0)
                {
                    var amount = Yuan(random, 50_000, 4_000_000, options.Scale);
                    Lines.Add(new Line(unit, FunctionalCode.FromValue(item), Amount.Zero, Amount.Zero, amount, Amount.Zero));
                    Projects.Add(new Project(unit, FunctionalCode.FromValue(item), $"{catalog.NameOf(FunctionalCode.FromValue(item))}项目{Projects.Count + 1}", ProjectCode(options, unit, Projects.Count), amount, IsFund: false));
                }
            }
        }

        // One government-fund project (彩票公益金) in the first unit.
        if (catalog.Contains(FunctionalCode.FromValue(2296013)))
        {
            var amount = Yuan(random, 10_000, 200_000, options.Scale);
            Lines.Add(new Line(Units[0], FunctionalCode.FromValue(2296013), Amount.Zero, Amount.Zero, Amount.Zero, amount));
            Projects.Add(new Project(Units[0], FunctionalCode.FromValue(2296013), "彩票公益金医疗救助项目", ProjectCode(options, Units[0], Projects.Count), amount, IsFund: true));
        }

        Personnel = Amount.Sum(Lines.Select(l => l.Personnel));
        Public = Amount.Sum(Lines.Select(l => l.Public));
        PersonnelByEconomic = Split(random, Personnel, PersonnelEconomic);
        PublicByEconomic = Split(random, Public, PublicEconomic);
        Hospitality = PublicByEconomic.FirstOrDefault(e => e.Code.Value == 30217).Amount;
        PriorTotal = Yuan(random, 3_000_000, 12_000_000, options.Scale);
    }

    public SampleOptions Options { get; }

    public string DepartmentCode { get; }

    public string DepartmentName { get; }

    public List<BudgetUnit> Units { get; } = [];

    public List<Line> Lines { get; } = [];

    public List<Project> Projects { get; } = [];

    public Amount Personnel { get; }

    public Amount Public { get; }

    public Amount Hospitality { get; }

    public Amount PriorTotal { get; }

    public IReadOnlyList<(EconomicCode Code, Amount Amount)> PersonnelByEconomic { get; }

    public IReadOnlyList<(EconomicCode Code, Amount Amount)> PublicByEconomic { get; }

    public Amount GeneralProject => Amount.Sum(Lines.Select(l => l.Project));

    public Amount Fund => Amount.Sum(Lines.Select(l => l.Fund));

    public Amount Basic => Personnel + Public;

    public Amount General => Basic + GeneralProject;

    public Amount Total => General + Fund;

    private static Amount Yuan(Random random, long min, long max, int scale) => Amount.FromTicks(random.NextInt64(min * 100, max * 100) * scale * 100); // whole 分, min and max in 元

    private static string ProjectCode(SampleOptions options, BudgetUnit unit, int index)
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"42{options.Year % 100:00}{unit.Code}T{index + 1:000000000}");

    /// <summary>Splits an exact amount over codes (whole 分 each), the parts adding up exactly.</summary>
    private static List<(EconomicCode Code, Amount Amount)> Split(Random random, Amount total, int[] codes)
    {
        var weights = codes.Select(_ => (long)random.Next(1, 100)).ToArray();
        var sum = weights.Sum();
        var cents = total.Ticks / 100;
        var parts = new List<(EconomicCode, Amount)>();
        long used = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            var part = i == codes.Length - 1 ? cents - used : cents * weights[i] / sum;
            used += part;
            parts.Add((EconomicCode.FromValue(codes[i]), Amount.FromTicks(part * 100)));
        }

        return parts;
    }

    /// <summary>One (unit, 项) line of exact amounts.</summary>
    public sealed record Line(BudgetUnit Unit, FunctionalCode Item, Amount Personnel, Amount Public, Amount Project, Amount Fund)
    {
        public Amount Basic => Personnel + Public;

        public Amount General => Basic + Project;

        public Amount Total => General + Fund;
    }

    /// <summary>A project of a unit.</summary>
    public sealed record Project(BudgetUnit Unit, FunctionalCode Item, string Name, string Code, Amount Amount, bool IsFund);
}
