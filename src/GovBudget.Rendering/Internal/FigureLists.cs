using GovBudget.Amounts;
using GovBudget.Disclosures;
using GovBudget.Rules.Families;
using GovBudget.Tables;

namespace GovBudget.Rendering.Internal;

/// <summary>The other reported figures and the narrative statements as short lists.</summary>
internal static class FigureLists
{
    public static List<ListEntry> Figures(Disclosure disclosure, Labels labels)
    {
        var list = new List<ListEntry>();
        var f = disclosure.Figures;
        void Add(string name, string row, ReportedValue? value, string? extra = null)
        {
            if (value is not null)
            {
                list.Add(new ListEntry($"{name}：{Numbers.Format(value)} {value.Value.Precision.Unit.Symbol()}{extra}", At(row)));
            }
        }

        Add(labels.Z("机关运行经费", "Operating expenses"), "机关运行经费", f.OperatingExpenses);
        Add(labels.Z("上年机关运行经费", "Operating expenses, prior year"), "机关运行经费.上年", f.OperatingExpensesPriorYear);
        if (f.Procurement is { } p)
        {
            Add(labels.Z("政府采购总额", "Procurement total"), "政府采购.总额", p.Total);
            Add(labels.Z("政府采购货物", "Procurement: goods"), "政府采购.货物", p.Goods);
            Add(labels.Z("政府采购工程", "Procurement: works"), "政府采购.工程", p.Works);
            Add(labels.Z("政府采购服务", "Procurement: services"), "政府采购.服务", p.Services);
            Add(labels.Z("授予中小企业合同金额", "Awarded to SMEs"), "政府采购.授予中小企业", p.AwardedToSmes, p.SmeShare is { } s ? labels.Z("，占 ", ", ") + s : null);
            Add(labels.Z("其中授予小微企业合同金额", "Awarded to small and micro enterprises"), "政府采购.授予小微企业", p.AwardedToSmallAndMicro, p.SmallAndMicroShare is { } m ? labels.Z("，占 ", ", ") + m : null);
        }

        foreach (var service in f.PurchasedServices)
        {
            Add(labels.Z("政府购买服务 ", "Purchased services: ") + service.Name, "政府购买服务." + Clean(service.Name), service.Value);
        }

        if (f.Assets is { } assets)
        {
            if (assets.Vehicles is { } vehicles)
            {
                list.Add(new ListEntry(labels.Z("车辆：", "Vehicles: ") + Numbers.Format(vehicles) + labels.Z(" 辆", string.Empty), At("国有资产.车辆")));
            }

            foreach (var c in assets.VehiclesByKind.Concat(assets.Other))
            {
                list.Add(new ListEntry($"{c.Name}：{Numbers.Format(c.Count)} {c.Unit}".TrimEnd(), null));
            }
        }

        foreach (var c in f.ThreePublicCounts)
        {
            list.Add(new ListEntry($"{c.Name}：{Numbers.Format(c.Count)} {c.Unit}".TrimEnd(), null));
        }

        foreach (var other in f.Other)
        {
            Add(other.Name, Clean(other.Name), other.Value);
        }

        return list;
    }

    public static List<ListEntry> Statements(Disclosure disclosure)
        => disclosure.Statements
            .Select(s => new ListEntry(s.Text ?? Describe(s), StatementRule.LocationOf(s)))
            .ToList();

    private static string Describe(NarrativeStatement s)
    {
        var parts = new List<string> { s.Subject };
        if (s.Value is { } v)
        {
            parts.Add(Numbers.Format(v));
        }

        if (s.Base is { } b)
        {
            parts.Add("/ " + Numbers.Format(b));
        }

        if (s.Difference is { } d)
        {
            parts.Add("Δ " + Numbers.Format(d));
        }

        if (s.Rate is { } r)
        {
            parts.Add(r.ToString());
        }

        return string.Join(" ", parts);
    }

    /// <summary>
    /// Where a figure sits for the findings overlay; a name a row key cannot hold (empty, only white space or control
    /// characters) gives the key <c>?</c>, as <see cref="StatementRule.LocationOf"/> does.
    /// </summary>
    private static CellAddress At(string row)
    {
        var text = string.Concat(row.Where(c => !char.IsControl(c))).Trim();
        return new("其他", RowKey.Item(text.Length == 0 ? "?" : text), "值");
    }

    private static string Clean(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
