using GovBudget.Amounts;
using GovBudget.Collections;
using GovBudget.Tables;
using GovBudget.Tables.Performance;

namespace GovBudget.Disclosures;

/// <summary>A department final-account (部门决算) disclosure: 公开01–公开09 and the annexed self-evaluations.</summary>
public sealed record SettlementDisclosure : Disclosure
{
    /// <summary>Creates a settlement disclosure. Prefer <see cref="Building.DisclosureBuilder"/>.</summary>
    public SettlementDisclosure(int year, Department department, Precision precision, int catalogEdition, EquatableArray<Table> tables)
        : base(year, department, precision, catalogEdition, tables, TableSets.TableSetRegistry.DefaultFor(DisclosureKind.Settlement).ForEdition(catalogEdition))
    {
    }

    /// <inheritdoc />
    public override DisclosureKind Kind => DisclosureKind.Settlement;

    /// <summary>绩效自评表 of the department and its projects.</summary>
    public EquatableArray<PerformanceSelfEvaluation> SelfEvaluations { get; init; }
}
