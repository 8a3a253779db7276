using GovBudget.Amounts;
using GovBudget.Disclosures;
using GovBudget.Rules.Formulas;
using GovBudget.Tables;
using GovBudget.TableSets;

namespace GovBudget.Rules.Families;

/// <summary>Arithmetic of the figures reported beside the tables (其他重要事项): 政府采购, 政府购买服务, 机关运行经费, 国有资产.</summary>
public sealed class FigureRule : Rule
{
    /// <summary>Creates the rule.</summary>
    public FigureRule(string id, FigureCheck check)
        : base(id, check == FigureCheck.OperatingExpenses ? RuleClass.Logical : RuleClass.BasicBalance, DescribeZh(check), DescribeEn(check), check == FigureCheck.OperatingExpenses ? RuleGuard.AdministrativeUnitsOnly : RuleGuard.None)
    {
        Check = check;
    }

    /// <summary>What is checked.</summary>
    public FigureCheck Check { get; }

    /// <inheritdoc />
    public override string FormulaText => Check switch
    {
        FigureCheck.ProcurementSum => "政府采购: 总额 = 货物 + 工程 + 服务",
        FigureCheck.ProcurementSmes => "政府采购: 授予中小企业 ≤ 总额; 占比 = 中小企业 ÷ 总额; 小微企业 ≤ 中小企业",
        FigureCheck.PurchasedServicesSum => "政府购买服务: 合计 = Σ 各类",
        FigureCheck.OperatingExpenses => "机关运行经费 = 公开06[I:公用经费合计,决算数]（决算）或 表6[合计,公用经费]（预算）",
        _ => "国有资产: 车辆总数 = Σ 各类车辆",
    };

    /// <inheritdoc />
    public override IReadOnlyList<string> Tables => [];

    private static CellAddress At(string row) => new("其他", RowKey.Item(row), "值");

    private static Operand Of(string row, ReportedValue? value) => Operand.Of(value, new Contributor(At(row), value));

    /// <inheritdoc />
    protected override IEnumerable<Finding> EvaluateCore(RuleContext context)
    {
        var figures = context.Disclosure.Figures;
        switch (Check)
        {
            case FigureCheck.ProcurementSum when figures.Procurement is { Total: not null } p && (p.Goods ?? p.Works ?? p.Services) is not null:
            {
                var sum = Operand.Sum([(false, Of("政府采购.货物", p.Goods)), (false, Of("政府采购.工程", p.Works)), (false, Of("政府采购.服务", p.Services))]);
                if (context.Compare(this, At("政府采购.总额"), Of("政府采购.总额", p.Total), sum) is { } finding)
                {
                    yield return finding;
                }

                break;
            }

            case FigureCheck.ProcurementSmes when figures.Procurement is { } p:
            {
                if (p is { AwardedToSmes: { } smes, Total: { } total })
                {
                    if (context.Compare(this, At("政府采购.授予中小企业"), Of("政府采购.授予中小企业", smes), Of("政府采购.总额", total), Relation.LessOrEqual) is { } f1)
                    {
                        yield return f1;
                    }

                    if (p.SmeShare is { } share && context.CompareRate(this, At("政府采购.中小企业占比"), share, Of("政府采购.授予中小企业", smes), Of("政府采购.总额", total), "授予中小企业合同金额占比", "the share awarded to SMEs") is { } f2)
                    {
                        yield return f2;
                    }
                }

                if (p is { AwardedToSmallAndMicro: { } small, AwardedToSmes: { } smes2 })
                {
                    if (context.Compare(this, At("政府采购.授予小微企业"), Of("政府采购.授予小微企业", small), Of("政府采购.授予中小企业", smes2), Relation.LessOrEqual) is { } f3)
                    {
                        yield return f3;
                    }

                    if (p.SmallAndMicroShare is { } share && context.CompareRate(this, At("政府采购.小微企业占比"), share, Of("政府采购.授予小微企业", small), Of("政府采购.授予中小企业", smes2), "授予小微企业合同金额占比", "the share awarded to small and micro enterprises") is { } f4)
                    {
                        yield return f4;
                    }
                }

                break;
            }

            case FigureCheck.PurchasedServicesSum when figures.PurchasedServices.Count > 1:
            {
                var total = figures.PurchasedServices[0];
                var sum = Operand.Sum(figures.PurchasedServices.Skip(1).Select(s => (false, Of("政府购买服务." + Clean(s.Name), s.Value))));
                if (context.Compare(this, At("政府购买服务." + Clean(total.Name)), Of("政府购买服务." + Clean(total.Name), total.Value), sum) is { } finding)
                {
                    yield return finding;
                }

                break;
            }

            case FigureCheck.OperatingExpenses when figures.OperatingExpenses is { } opex:
            {
                // The cell 机关运行经费 is compared with is a role of the disclosure's table set (公用经费 of 表6 / 公开06).
                if (context.Disclosure.TableSet.CellFor(TableRoles.OperatingExpensesSource) is not { } source
                    || context.Disclosure.FindTable(source.TableId) is null)
                {
                    break;
                }

                var cell = context.Cell(source);
                if (!context.IsUnknown(cell.Contributors[0]) && context.Compare(this, At("机关运行经费"), Of("机关运行经费", opex), cell) is { } finding)
                {
                    yield return finding;
                }

                break;
            }

            case FigureCheck.Vehicles when figures.Assets is { Vehicles: { } vehicles } assets && assets.VehiclesByKind.Count > 0:
            {
                var sum = assets.VehiclesByKind.Sum(v => v.Count);
                if (sum != vehicles)
                {
                    yield return new Finding(Id, context.SeverityFor(this, false), At("国有资产.车辆"))
                    {
                        MessageZh = $"{DescribeZh(Check)}：车辆总数印为 {vehicles} 辆，各类车辆合计 {sum} 辆",
                        MessageEn = $"{DescribeEn(Check)}: {vehicles} vehicles in total, but the kinds add up to {sum}",
                    };
                }

                break;
            }
        }
    }

    private static string Clean(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c)));

    private static string DescribeZh(FigureCheck check) => check switch
    {
        FigureCheck.ProcurementSum => "政府采购总额应等于货物、工程、服务之和",
        FigureCheck.ProcurementSmes => "授予中小企业金额及占比应与政府采购总额一致",
        FigureCheck.PurchasedServicesSum => "政府购买服务合计应等于各类之和",
        FigureCheck.OperatingExpenses => "机关运行经费应等于一般公共预算基本支出中的公用经费",
        _ => "车辆总数应等于各类车辆之和",
    };

    private static string DescribeEn(FigureCheck check) => check switch
    {
        FigureCheck.ProcurementSum => "Procurement total equals goods + works + services",
        FigureCheck.ProcurementSmes => "SME awards and their shares agree with the procurement total",
        FigureCheck.PurchasedServicesSum => "Purchased services total equals the sum of its categories",
        FigureCheck.OperatingExpenses => "Operating expenses equal the public (running) costs of basic expenditure",
        _ => "The vehicle count equals the sum of the counts by kind",
    };
}
