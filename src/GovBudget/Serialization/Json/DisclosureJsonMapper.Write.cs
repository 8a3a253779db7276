using GovBudget.Amounts;
using GovBudget.Collections;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.Tables.Budget;
using GovBudget.Tables.Performance;
using GovBudget.TableSets;
using GovBudget.Tables.Settlement;

namespace GovBudget.Serialization.Json;

/// <summary>Maps the model to the wire shape (writing).</summary>
internal static partial class DisclosureJsonMapper
{
    public static DisclosureDto ToDto(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        var budget = disclosure as BudgetDisclosure;
        var settlement = disclosure as SettlementDisclosure;
        return new DisclosureDto
        {
            SchemaVersion = DisclosureJson.SchemaVersion,
            Kind = WireEnum.Name(disclosure.Kind),
            Year = disclosure.Year,
            CatalogEdition = disclosure.CatalogEdition,
            Precision = disclosure.Precision,
            TableSet = disclosure.TableSet.Id,
            Department = new DepartmentDto
            {
                Code = disclosure.Department.Code,
                Name = disclosure.Department.Name,
                Units = ListOrNull(disclosure.Department.Units, u => new UnitDto { Code = u.Code, Name = u.Name, Kind = u.Kind == UnitKind.Unspecified ? null : WireEnum.Name(u.Kind) }),
            },
            Tables = ListOrNull(disclosure.Tables, t => ToDto(t, disclosure.TableSet)),
            Figures = disclosure.Figures == ReportedFigures.None ? null : ToDto(disclosure.Figures),
            Statements = ListOrNull(disclosure.Statements, ToDto),
            PriorFigures = ListOrNull(disclosure.PriorFigures, p => new PriorFigureDto { Address = ToDto(p.Address), Year = p.Year, Basis = WireEnum.Name(p.Basis), Value = p.Value }),
            OverallGoal = budget?.OverallGoal is { } goal ? ToDto(goal) : null,
            ProjectGoals = budget is null ? null : ListOrNull(budget.ProjectGoals, ToDto),
            SelfEvaluations = settlement is null ? null : ListOrNull(settlement.SelfEvaluations, ToDto),
        };
    }

    /// <summary>A table on its own: by kind and set when a built-in set has its definition, inline otherwise.</summary>
    public static TableDto ToStandaloneDto(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var set = TableSetRegistry.BuiltIn.All.FirstOrDefault(s => s.FindTable(table.Id)?.Definition.Equals(table.Definition) == true);
        var dto = ToDto(table, set);
        return set is null ? dto : new TableDto
        {
            TableSet = set.Id,
            Kind = dto.Kind,
            Precision = dto.Precision,
            PrintedColumns = dto.PrintedColumns,
            Remark = dto.Remark,
            IncompleteReason = dto.IncompleteReason,
            Rows = dto.Rows,
        };
    }

    /// <summary>A table of a disclosure in set <paramref name="set"/>: by kind when the set has its definition, inline otherwise.</summary>
    public static TableDto ToDto(Table table, TableSet? set)
    {
        ArgumentNullException.ThrowIfNull(table);
        var definition = table.Definition;
        var builtIn = set?.FindTable(definition.Id)?.Definition.Equals(definition) == true;
        var rows = new List<RowDto>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var cells = new List<string?>(row.Cells.Count);
            for (var c = 0; c < row.Cells.Count; c++)
            {
                cells.Add(WriteCell(table, row, c));
            }

            rows.Add(new RowDto { Key = row.Key, Label = row.Label, Parent = row.Parent, Cells = cells });
        }

        return new TableDto
        {
            Kind = builtIn ? definition.Id : null,
            Definition = builtIn ? null : ToDto(definition),
            Precision = table.Precision,
            PrintedColumns = table.PrintedColumns.Count == 0 ? null : [.. table.PrintedColumns],
            Remark = table.Remark,
            IncompleteReason = table.IncompleteReason,
            Rows = rows.Count == 0 ? null : rows,
        };
    }

    /// <summary>The built-in table kind with this id, if any (ids are unique across the three built-in sets).</summary>
    internal static TableDefinition? FindBuiltIn(string id)
    {
        foreach (var set in new[] { BudgetTables.All, LegacyBudgetTables.All, SettlementTables.All })
        {
            foreach (var definition in set)
            {
                if (string.Equals(definition.Id, id, StringComparison.Ordinal))
                {
                    return definition;
                }
            }
        }

        return null;
    }

    private static string? WriteCell(Table table, TableRow row, int column)
    {
        var cell = row.Cells[column];
        var kind = table.Definition.Columns[column].Kind;
        switch (cell.Kind)
        {
            case CellKind.Empty:
                return null;
            case CellKind.Amount when kind == ColumnKind.Amount && cell.Amount!.Value.IsMultipleOf(table.Precision):
                return cell.Amount.Value.ToPlainString(table.Precision);
            case CellKind.Text when kind == ColumnKind.Text && cell.Text!.Length > 0 && cell.Text.Trim().Length == cell.Text.Length:
                return cell.Text;
            default:
                throw new ArgumentException(
                    $"Cell {new CellAddress(table.Id, row.Key, table.Definition.Columns[column].Id)} ({cell}) cannot be written: amount columns hold amounts at the table precision, text columns hold trimmed non-empty text (as TableBuilder builds them).",
                    nameof(table));
        }
    }

    private static TableDefinitionDto ToDto(TableDefinition definition) => new()
    {
        Id = definition.Id,
        NameZh = definition.NameZh,
        NameEn = definition.NameEn,
        Disclosure = WireEnum.Name(definition.Disclosure),
        RowKinds = [.. definition.RowKinds.Select(WireEnum.Name)],
        Columns = [.. definition.Columns.Select(c => new ColumnDto { Id = c.Id, NameZh = c.NameZh, NameEn = c.NameEn, Number = c.Number, Kind = WireEnum.Name(c.Kind), Group = c.Group })],
        Lines = ListOrNull(definition.Lines, l => new LineDto { Key = l.Key, Label = l.Label, Subject = l.Subject, Side = l.Side }),
        PrintedFormulas = ListOrNull(definition.PrintedFormulas, f => f),
    };

    private static CellAddressDto ToDto(CellAddress address) => new() { Table = address.TableId, Row = address.Row, Column = address.ColumnId };

    private static FiguresDto ToDto(ReportedFigures figures) => new()
    {
        OperatingExpenses = figures.OperatingExpenses,
        OperatingExpensesPriorYear = figures.OperatingExpensesPriorYear,
        Procurement = figures.Procurement is { } p
            ? new ProcurementDto
            {
                Total = p.Total,
                Goods = p.Goods,
                Works = p.Works,
                Services = p.Services,
                AwardedToSmes = p.AwardedToSmes,
                SmeShare = p.SmeShare,
                AwardedToSmallAndMicro = p.AwardedToSmallAndMicro,
                SmallAndMicroShare = p.SmallAndMicroShare,
            }
            : null,
        PurchasedServices = ListOrNull(figures.PurchasedServices, ToDto),
        Assets = figures.Assets is { } a
            ? new AssetsDto { Vehicles = a.Vehicles, VehiclesByKind = ListOrNull(a.VehiclesByKind, ToDto), Other = ListOrNull(a.Other, ToDto) }
            : null,
        ThreePublicCounts = ListOrNull(figures.ThreePublicCounts, ToDto),
        Other = ListOrNull(figures.Other, ToDto),
    };

    private static NamedAmountDto ToDto(NamedAmount item) => new() { Name = item.Name, Value = item.Value };

    private static NamedCountDto ToDto(NamedCount item) => new() { Name = item.Name, Count = item.Count, Unit = item.Unit };

    private static StatementDto ToDto(NarrativeStatement s) => new()
    {
        Kind = WireEnum.Name(s.Kind),
        Subject = s.Subject,
        Source = s.Source is { } source ? ToDto(source) : null,
        BaseSource = s.BaseSource is { } baseSource ? ToDto(baseSource) : null,
        Value = s.Value,
        Base = s.Base,
        BaseYear = s.BaseYear,
        Basis = s.Basis is { } basis ? WireEnum.Name(basis) : null,
        OtherBase = s.OtherBase,
        Difference = s.Difference,
        Rate = s.Rate,
        Text = s.Text,
        Span = s.Span is { } span ? new TextSpanDto { Page = span.Page, Line = span.Line, Column = span.Column, EndPage = span.EndPage, EndLine = span.EndLine, EndColumn = span.EndColumn } : null,
    };

    private static OverallGoalDto ToDto(OverallPerformanceGoal g) => new()
    {
        Unit = g.Unit,
        TableId = g.TableId,
        Income = ListOrNull(g.Income, ToDto),
        Expenditure = ListOrNull(g.Expenditure, ToDto),
        Projects = ListOrNull(g.Projects, p => new GoalProjectDto { Name = p.Name, Category = p.Category, TotalBudget = p.TotalBudget, YearBudget = p.YearBudget, Purpose = p.Purpose }),
        LongTermGoals = ListOrNull(g.LongTermGoals, s => s),
        AnnualGoals = ListOrNull(g.AnnualGoals, s => s),
        LongTermIndicators = ListOrNull(g.LongTermIndicators, ToDto),
        AnnualIndicators = ListOrNull(g.AnnualIndicators, ToDto),
    };

    private static CompositionLineDto ToDto(CompositionLine line) => new()
    {
        Name = line.Name,
        Amount = line.Amount,
        Share = line.Share,
        PriorYears = ListOrNull(line.PriorYears, y => new YearAmountDto { Year = y.Year, Value = y.Value }),
    };

    private static IndicatorDto ToDto(PerformanceIndicator i) => new()
    {
        Level1 = i.Level1,
        Level2 = i.Level2,
        Level3 = i.Level3,
        Target = ToDto(i.Target),
        Actual = i.Actual is { } actual ? ToDto(actual) : null,
        Basis = i.Basis,
        History = ListOrNull(i.History, ToDto),
        Weight = i.Weight,
        Score = i.Score,
        Goal = i.Goal,
    };

    private static IndicatorValueDto ToDto(IndicatorValue value)
    {
        ArgumentNullException.ThrowIfNull(value.Text, nameof(value));
        return IndicatorValue.Parse(value.Text) == value
            ? new IndicatorValueDto { Text = value.Text }
            : new IndicatorValueDto { Text = value.Text, Comparator = WireEnum.Name(value.Comparator), Number = value.Number, Unit = value.Unit };
    }

    private static ProjectGoalDto ToDto(ProjectPerformanceGoal g) => new()
    {
        Name = g.Name,
        TableId = g.TableId,
        ProjectCode = g.ProjectCode,
        Department = g.Department,
        ExecutingUnit = g.ExecutingUnit,
        Manager = g.Manager,
        Phone = g.Phone,
        Address = g.Address,
        PostCode = g.PostCode,
        Attribute = g.Attribute,
        Category = g.Category,
        StartYear = g.StartYear,
        EndYear = g.EndYear,
        Reason = g.Reason,
        Content = g.Content,
        TotalBudget = g.TotalBudget,
        YearBudget = g.YearBudget,
        BudgetHistory = g.BudgetHistory,
        FundingSources = ListOrNull(g.FundingSources, ToDto),
        CostItems = ListOrNull(g.CostItems, c => new CostItemDto { Activity = c.Activity, EconomicName = c.EconomicName, Amount = c.Amount, EconomicCode = c.EconomicCode, Description = c.Description, Basis = c.Basis }),
        Procurement = ListOrNull(g.Procurement, p => new ProcurementItemDto { Name = p.Name, Quantity = p.Quantity, Amount = p.Amount }),
        LongTermGoals = ListOrNull(g.LongTermGoals, s => s),
        AnnualGoals = ListOrNull(g.AnnualGoals, s => s),
        LongTermIndicators = ListOrNull(g.LongTermIndicators, ToDto),
        AnnualIndicators = ListOrNull(g.AnnualIndicators, ToDto),
    };

    private static SelfEvaluationDto ToDto(PerformanceSelfEvaluation e) => new()
    {
        Level = WireEnum.Name(e.Level),
        Name = e.Name,
        TableId = e.TableId,
        Department = e.Department,
        ExecutingUnit = e.ExecutingUnit,
        BasicExpenditure = e.BasicExpenditure,
        ProjectExpenditure = e.ProjectExpenditure,
        Funds = ListOrNull(e.Funds, f => new FundDto { Name = f.Name, Budget = f.Budget, Actual = f.Actual, ExecutionRate = f.ExecutionRate, InitialBudget = f.InitialBudget, Weight = f.Weight, Score = f.Score }),
        InitialGoal = e.InitialGoal,
        GoalOutcome = e.GoalOutcome,
        GoalWeight = e.GoalWeight,
        GoalScore = e.GoalScore,
        Indicators = ListOrNull(e.Indicators, ToDto),
        TotalScore = e.TotalScore,
        TotalWeight = e.TotalWeight,
        CategoryWeights = ListOrNull(e.CategoryWeights, c => new CategoryWeightDto { Name = c.Name, Weight = c.Weight }),
        DeviationReason = e.DeviationReason,
        Improvement = e.Improvement,
    };

    private static List<TOut>? ListOrNull<TIn, TOut>(EquatableArray<TIn> items, Func<TIn, TOut> map)
        => items.Count == 0 ? null : [.. items.Select(map)];
}
