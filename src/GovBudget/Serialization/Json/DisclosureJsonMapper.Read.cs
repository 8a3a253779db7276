using System.Globalization;
using GovBudget.Amounts;
using GovBudget.Building;
using GovBudget.Collections;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.Tables.Performance;
using GovBudget.TableSets;

namespace GovBudget.Serialization.Json;

/// <summary>
/// Maps the wire shape to the model (reading). Disclosures and tables are assembled through
/// <see cref="DisclosureBuilder"/> and <see cref="TableBuilder"/>, so that every structural check of the builders
/// applies; their problems, and every other problem found here, become a <see cref="JsonMappingException"/> with the
/// JSON path of the offending value.
/// </summary>
internal static partial class DisclosureJsonMapper
{
    private const int MaxCellLength = 64;

    public static Disclosure ToModel(DisclosureDto dto, TableSetRegistry registry)
    {
        if (dto.SchemaVersion is not (1 or DisclosureJson.SchemaVersion))
        {
            throw new JsonMappingException("$.schemaVersion", string.Create(CultureInfo.InvariantCulture, $"Unsupported schemaVersion {dto.SchemaVersion}; this reader supports 1 and {DisclosureJson.SchemaVersion}."));
        }

        var kind = WireEnum.Parse<DisclosureKind>(dto.Kind, "$.kind");
        var year = CheckYear(dto.Year, "$.year");
        var builder = kind == DisclosureKind.Budget ? DisclosureBuilder.Budget(year) : DisclosureBuilder.Settlement(year);
        builder.CatalogEdition(CheckYear(dto.CatalogEdition, "$.catalogEdition")).WithPrecision(dto.Precision);
        builder.Department(dto.Department.Code, NonBlank(dto.Department.Name, "$.department.name"));
        Each(dto.Department.Units, "$.department.units", (u, p) => builder.Unit(
            NonBlank(u.Code, p + ".code"),
            NonBlank(u.Name, p + ".name"),
            u.Kind is null ? UnitKind.Unspecified : WireEnum.Parse<UnitKind>(u.Kind, p + ".kind")));
        // The set as printed for the document's catalog edition (its 类 lines, where a table numbers them).
        var set = ResolveSet(dto, kind, registry).ForEdition(CheckYear(dto.CatalogEdition, "$.catalogEdition"));
        builder.TableSet(set);

        var definitions = new List<TableDefinition>();
        Each(dto.Tables, "$.tables", (t, p) =>
        {
            var definition = ResolveDefinition(t, p, dto.SchemaVersion == 1 && set.ClassLineBlocks.IsEmpty ? null : set, registry);
            definitions.Add(definition);
            builder.Table(definition, tb => ConfigureTable(tb, t, definition, p));
        });
        if (dto.Figures is { } figures)
        {
            builder.Figures(ToModel(figures));
        }

        Each(dto.Statements, "$.statements", (s, p) =>
        {
            CheckAddress(s.Source, definitions, p + ".source");
            CheckAddress(s.BaseSource, definitions, p + ".baseSource");
            builder.Statement(ToModel(s, p));
        });
        Each(dto.PriorFigures, "$.priorFigures", (f, p) =>
        {
            CheckAddress(f.Address, definitions, p + ".address");
            builder.PriorFigure(new PriorFigure(ToModel(f.Address), f.Year, WireEnum.Parse<DisclosureKind>(f.Basis, p + ".basis"), f.Value));
        });
        if (dto.OverallGoal is { } goal)
        {
            RequireKind(kind, DisclosureKind.Budget, "$.overallGoal");
            builder.OverallGoal(ToModel(goal, "$.overallGoal"));
        }

        if (dto.ProjectGoals is { Count: > 0 })
        {
            RequireKind(kind, DisclosureKind.Budget, "$.projectGoals");
        }

        Each(dto.ProjectGoals, "$.projectGoals", (g, p) => builder.ProjectGoal(ToModel(g, p)));
        if (dto.SelfEvaluations is { Count: > 0 })
        {
            RequireKind(kind, DisclosureKind.Settlement, "$.selfEvaluations");
        }

        Each(dto.SelfEvaluations, "$.selfEvaluations", (e, p) => builder.SelfEvaluation(ToModel(e, p)));

        if (builder.TryBuild(out var disclosure, out var problems))
        {
            return disclosure;
        }

        throw Describe(problems, problem => PathOf(problem, dto.Tables ?? [], definitions));
    }

    public static Table ToModel(TableDto dto, string path, TableSetRegistry registry)
    {
        TableSet? set = null;
        if (dto.TableSet is { } id)
        {
            set = registry.Find(id) ?? throw new JsonMappingException(path + ".tableSet", $"'{id}' is not a known table set; known: {string.Join(", ", registry.All.Select(s => s.Id))}.");
        }

        var definition = ResolveDefinition(dto, path, set, registry);
        var builder = new TableBuilder(definition, dto.Precision);
        ConfigureTable(builder, dto, definition, path);
        return builder.TryBuild(out var table, out var problems)
            ? table
            : throw Describe(problems, problem => RowPath(problem, dto, definition, path));
    }

    /// <summary>The table set of a document: named in version 2, by kind and layout in version 1.</summary>
    private static TableSet ResolveSet(DisclosureDto dto, DisclosureKind kind, TableSetRegistry registry)
    {
        if (dto.SchemaVersion == 1)
        {
            if (dto.TableSet is not null)
            {
                throw new JsonMappingException("$.tableSet", "\"tableSet\" needs schemaVersion 2.");
            }

            if (dto.Layout is not null)
            {
                RequireKind(kind, DisclosureKind.Budget, "$.layout");
            }

            var id = kind == DisclosureKind.Settlement ? "national.settlement" : dto.Layout switch
            {
                null or "current" => "hubei.budget",
                "legacy" => "hubei.budget.legacy",
                _ => throw new JsonMappingException("$.layout", $"'{dto.Layout}' is not a layout (current, legacy)."),
            };
            return TableSetRegistry.BuiltIn.Get(id);
        }

        if (dto.Layout is not null)
        {
            throw new JsonMappingException("$.layout", "\"layout\" is the version 1 form; version 2 names the table set in \"tableSet\".");
        }

        if (dto.TableSet is null)
        {
            return TableSetRegistry.DefaultFor(kind);
        }

        var set = registry.Find(dto.TableSet)
            ?? throw new JsonMappingException("$.tableSet", $"'{dto.TableSet}' is not a known table set; known: {string.Join(", ", registry.All.Select(s => s.Id))} (load others with TableSet.Load and DisclosureJsonOptions.TableSets).");
        return set.Kind == kind ? set : throw new JsonMappingException("$.tableSet", $"Table set {set.Id} is for {WireEnum.Name(set.Kind)} disclosures, not {dto.Kind}.");
    }

    /// <summary>
    /// The definition of a table: by <c>kind</c>, a table of the document's set (version 2) or a built-in kind of the
    /// version 1 sets; or written inline as <c>definition</c>, which must not reuse an id of the set with other columns.
    /// </summary>
    private static TableDefinition ResolveDefinition(TableDto dto, string path, TableSet? set, TableSetRegistry registry)
    {
        switch (dto)
        {
            case { Kind: { } id, Definition: null }:
                if (set is not null)
                {
                    return set.FindTable(id)?.Definition
                        ?? throw new JsonMappingException(path + ".kind", $"'{id}' is not a table of set {set.Id} (its tables: {string.Join(", ", set.Tables.Select(t => t.Id))}); write a custom kind inline as \"definition\".");
                }

                return FindBuiltIn(id) ?? throw new JsonMappingException(path + ".kind", $"'{id}' is not a built-in table kind; write a custom kind inline as \"definition\".");
            case { Kind: null, Definition: { } inline }:
                var definition = ToModel(inline, path + ".definition");
                var scope = set ?? (dto.TableSet is null ? null : registry.Find(dto.TableSet));
                var declared = scope is not null ? scope.FindTable(definition.Id)?.Definition : FindBuiltIn(definition.Id);
                // A table on its own carries no edition: the set's table of another catalog edition is not a custom kind.
                if (declared is not null && !declared.Equals(definition)
                    && (scope ?? TableSetRegistry.BuiltIn.All.FirstOrDefault(s => s.FindTable(definition.Id)?.Definition.Equals(declared) == true))?.HasEditionOf(definition) != true)
                {
                    throw new JsonMappingException(
                        path + ".definition.id",
                        $"Custom table '{definition.Id}' reuses the id of table {definition.Id} of {(scope is null ? "the built-in sets" : "table set " + scope.Id)} with another definition ({TableDefinitionDifference.Describe(declared, definition)}); give it another id.");
                }

                return definition;
            default:
                throw new JsonMappingException(path, "A table has exactly one of \"kind\" (a table of the set) and \"definition\" (a custom kind).");
        }
    }

    private static TableDefinition ToModel(TableDefinitionDto dto, string path)
    {
        var rowKinds = new List<RowKeyKind>();
        Each(dto.RowKinds, path + ".rowKinds", (k, p) => rowKinds.Add(WireEnum.Parse<RowKeyKind>(k, p)));
        var columns = new List<ColumnDefinition>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Each(dto.Columns, path + ".columns", (c, p) =>
        {
            if (!ids.Add(NonBlank(c.Id, p + ".id")))
            {
                throw new JsonMappingException(p + ".id", $"Column id '{c.Id}' appears twice.");
            }

            columns.Add(new ColumnDefinition(c.Id, c.NameZh, c.NameEn, c.Number, WireEnum.Parse<ColumnKind>(c.Kind, p + ".kind"), c.Group));
        });
        if (columns.Count == 0)
        {
            throw new JsonMappingException(path + ".columns", "A table kind needs at least one column.");
        }

        var lines = new List<LineDefinition>();
        Each(dto.Lines, path + ".lines", (l, p) => lines.Add(new LineDefinition(l.Key, l.Label, l.Subject, l.Side)));
        return new TableDefinition(
            NonBlank(dto.Id, path + ".id"),
            dto.NameZh,
            dto.NameEn,
            WireEnum.Parse<DisclosureKind>(dto.Disclosure, path + ".disclosure"),
            rowKinds.ToEquatableArray(),
            columns.ToEquatableArray(),
            lines.ToEquatableArray(),
            Strings(dto.PrintedFormulas, path + ".printedFormulas"));
    }

    private static void ConfigureTable(TableBuilder builder, TableDto dto, TableDefinition definition, string path)
    {
        builder.WithPrecision(dto.Precision);
        if (dto.IncompleteReason is not null)
        {
            builder.Incomplete(dto.IncompleteReason);
        }

        if (dto.Remark is not null)
        {
            builder.Remark(dto.Remark);
        }

        if (dto.PrintedColumns is { } printed)
        {
            var columns = Strings(printed, path + ".printedColumns");
            for (var i = 0; i < columns.Count; i++)
            {
                if (definition.ColumnIndex(columns[i]) < 0)
                {
                    throw new JsonMappingException(string.Create(CultureInfo.InvariantCulture, $"{path}.printedColumns[{i}]"), $"Table {definition.Id} has no column '{columns[i]}' (its columns: {string.Join(", ", definition.Columns.Select(c => c.Id))}).");
                }
            }

            builder.Printed([.. columns]);
        }

        // A loop rather than Each: the JSON paths are only built when something is wrong (one string per cell
        // otherwise dominated reading).
        var rows = dto.Rows;
        for (var i = 0; rows is not null && i < rows.Count; i++)
        {
            var row = rows[i] ?? throw new JsonMappingException(RowPathAt(path, i), "An item of this list must not be null.");
            if (row.Cells.Count != definition.Columns.Count)
            {
                throw new JsonMappingException(RowPathAt(path, i) + ".cells", string.Create(CultureInfo.InvariantCulture, $"The row has {row.Cells.Count} cells; table {definition.Id} has {definition.Columns.Count} columns (write null for an empty cell)."));
            }

            var cells = new string?[row.Cells.Count];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = CheckCell(row.Cells[c], definition.Columns[c], path, i, c);
            }

            if (row.Parent is { } parent)
            {
                builder.Row(row.Key, row.Label, parent, cells);
            }
            else
            {
                builder.Row(row.Key, row.Label, cells);
            }
        }
    }

    private static string RowPathAt(string tablePath, int row) => string.Create(CultureInfo.InvariantCulture, $"{tablePath}.rows[{row}]");

    private static string CellPathAt(string tablePath, int row, int cell) => string.Create(CultureInfo.InvariantCulture, $"{tablePath}.rows[{row}].cells[{cell}]");

    private static string? CheckCell(string? cell, ColumnDefinition column, string tablePath, int row, int index)
    {
        if (cell is null)
        {
            return null;
        }

        if (column.Kind == ColumnKind.Text)
        {
            return cell.Length > 0 && cell.Trim().Length == cell.Length
                ? cell
                : throw new JsonMappingException(CellPathAt(tablePath, row, index), "A text cell is non-empty text without surrounding white space; write null for an empty cell.");
        }

        var span = cell.AsSpan();
        var digits = span.StartsWith("-") ? span[1..] : span;
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? "1" : digits[(point + 1)..];
        var ok = cell.Length <= MaxCellLength && !whole.IsEmpty && !fraction.IsEmpty
            && whole.IndexOfAnyExceptInRange('0', '9') < 0 && fraction.IndexOfAnyExceptInRange('0', '9') < 0;
        return ok
            ? cell
            : throw new JsonMappingException(CellPathAt(tablePath, row, index), $"'{cell}' is not an amount: amount cells hold the printed number at the table precision (\"1002.76\", \"-3.50\") or null.");
    }

    private static ReportedFigures ToModel(FiguresDto dto) => new()
    {
        OperatingExpenses = dto.OperatingExpenses,
        OperatingExpensesPriorYear = dto.OperatingExpensesPriorYear,
        Procurement = dto.Procurement is { } p
            ? new GovernmentProcurement
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
        PurchasedServices = Map(dto.PurchasedServices, "$.figures.purchasedServices", ToModel),
        Assets = dto.Assets is { } a
            ? new AssetHoldings
            {
                Vehicles = a.Vehicles,
                VehiclesByKind = Map(a.VehiclesByKind, "$.figures.assets.vehiclesByKind", ToModel),
                Other = Map(a.Other, "$.figures.assets.other", ToModel),
            }
            : null,
        ThreePublicCounts = Map(dto.ThreePublicCounts, "$.figures.threePublicCounts", ToModel),
        Other = Map(dto.Other, "$.figures.other", ToModel),
    };

    private static NamedAmount ToModel(NamedAmountDto dto, string path) => new(dto.Name, dto.Value);

    private static NamedCount ToModel(NamedCountDto dto, string path) => new(dto.Name, dto.Count, dto.Unit);

    private static CellAddress ToModel(CellAddressDto dto) => new(dto.Table, dto.Row, dto.Column);

    /// <summary>
    /// An address that names a table of the document (or a built-in kind) must name one of its columns (by id or
    /// 栏次): checked when the document is read, with the path, so that validation never meets an unknown column.
    /// </summary>
    private static void CheckAddress(CellAddressDto? address, List<TableDefinition> definitions, string path)
    {
        if (address is null)
        {
            return;
        }

        var definition = definitions.Find(d => d.Id == address.Table) ?? FindBuiltIn(address.Table);
        if (definition is not null && definition.FindColumn(address.Column) is null)
        {
            throw new JsonMappingException(path + ".column", $"Table {address.Table} has no column '{address.Column}'.");
        }
    }

    private static NarrativeStatement ToModel(StatementDto dto, string path) => new(WireEnum.Parse<StatementKind>(dto.Kind, path + ".kind"), dto.Subject)
    {
        Source = dto.Source is { } source ? ToModel(source) : null,
        BaseSource = dto.BaseSource is { } baseSource ? ToModel(baseSource) : null,
        Value = dto.Value,
        Base = dto.Base,
        BaseYear = dto.BaseYear,
        Basis = dto.Basis is { } basis ? WireEnum.Parse<BudgetBasis>(basis, path + ".basis") : null,
        OtherBase = dto.OtherBase,
        Difference = dto.Difference,
        Rate = dto.Rate,
        Text = dto.Text,
        Span = dto.Span is { } span ? new TextSpan(span.Page, span.Line, span.Column, span.EndPage, span.EndLine, span.EndColumn) : null,
    };

    private static OverallPerformanceGoal ToModel(OverallGoalDto dto, string path) => new(dto.Unit)
    {
        TableId = dto.TableId,
        Income = Map(dto.Income, path + ".income", ToModel),
        Expenditure = Map(dto.Expenditure, path + ".expenditure", ToModel),
        Projects = Map(dto.Projects, path + ".projects", (p, _) => new GoalProject(p.Name, p.Category, p.TotalBudget, p.YearBudget, p.Purpose)),
        LongTermGoals = Strings(dto.LongTermGoals, path + ".longTermGoals"),
        AnnualGoals = Strings(dto.AnnualGoals, path + ".annualGoals"),
        LongTermIndicators = Map(dto.LongTermIndicators, path + ".longTermIndicators", ToModel),
        AnnualIndicators = Map(dto.AnnualIndicators, path + ".annualIndicators", ToModel),
    };

    private static CompositionLine ToModel(CompositionLineDto dto, string path) => new(dto.Name, dto.Amount, dto.Share)
    {
        PriorYears = Map(dto.PriorYears, path + ".priorYears", (y, _) => new YearAmount(y.Year, y.Value)),
    };

    private static PerformanceIndicator ToModel(IndicatorDto dto, string path) => new(dto.Level1, dto.Level2, dto.Level3, ToModel(dto.Target, path + ".target"))
    {
        Actual = dto.Actual is { } actual ? ToModel(actual, path + ".actual") : null,
        Basis = dto.Basis,
        History = Map(dto.History, path + ".history", ToModel),
        Weight = dto.Weight,
        Score = dto.Score,
        Goal = dto.Goal,
    };

    private static IndicatorValue ToModel(IndicatorValueDto dto, string path)
    {
        if (dto.Comparator is null)
        {
            return dto.Number is null && dto.Unit is null
                ? IndicatorValue.Parse(dto.Text)
                : throw new JsonMappingException(path + ".comparator", "An indicator value that gives \"number\" or \"unit\" gives \"comparator\" too.");
        }

        return new IndicatorValue(dto.Text, WireEnum.Parse<Comparator>(dto.Comparator, path + ".comparator"), dto.Number, dto.Unit);
    }

    private static ProjectPerformanceGoal ToModel(ProjectGoalDto dto, string path) => new(dto.Name)
    {
        TableId = dto.TableId,
        ProjectCode = dto.ProjectCode,
        Department = dto.Department,
        ExecutingUnit = dto.ExecutingUnit,
        Manager = dto.Manager,
        Phone = dto.Phone,
        Address = dto.Address,
        PostCode = dto.PostCode,
        Attribute = dto.Attribute,
        Category = dto.Category,
        StartYear = dto.StartYear,
        EndYear = dto.EndYear,
        Reason = dto.Reason,
        Content = dto.Content,
        TotalBudget = dto.TotalBudget,
        YearBudget = dto.YearBudget,
        BudgetHistory = dto.BudgetHistory,
        FundingSources = Map(dto.FundingSources, path + ".fundingSources", ToModel),
        CostItems = Map(dto.CostItems, path + ".costItems", (c, _) => new CostItem(c.Activity, c.EconomicName, c.Amount) { EconomicCode = c.EconomicCode, Description = c.Description, Basis = c.Basis }),
        Procurement = Map(dto.Procurement, path + ".procurement", (p, _) => new ProcurementItem(p.Name, p.Quantity, p.Amount)),
        LongTermGoals = Strings(dto.LongTermGoals, path + ".longTermGoals"),
        AnnualGoals = Strings(dto.AnnualGoals, path + ".annualGoals"),
        LongTermIndicators = Map(dto.LongTermIndicators, path + ".longTermIndicators", ToModel),
        AnnualIndicators = Map(dto.AnnualIndicators, path + ".annualIndicators", ToModel),
    };

    private static PerformanceSelfEvaluation ToModel(SelfEvaluationDto dto, string path) => new(WireEnum.Parse<SelfEvaluationLevel>(dto.Level, path + ".level"), dto.Name)
    {
        TableId = dto.TableId,
        Department = dto.Department,
        ExecutingUnit = dto.ExecutingUnit,
        BasicExpenditure = dto.BasicExpenditure,
        ProjectExpenditure = dto.ProjectExpenditure,
        Funds = Map(dto.Funds, path + ".funds", (f, _) => new SelfEvaluationFund(f.Name, f.Budget, f.Actual, f.ExecutionRate) { InitialBudget = f.InitialBudget, Weight = f.Weight, Score = f.Score }),
        InitialGoal = dto.InitialGoal,
        GoalOutcome = dto.GoalOutcome,
        GoalWeight = dto.GoalWeight,
        GoalScore = dto.GoalScore,
        Indicators = Map(dto.Indicators, path + ".indicators", ToModel),
        TotalScore = dto.TotalScore,
        TotalWeight = dto.TotalWeight,
        CategoryWeights = Map(dto.CategoryWeights, path + ".categoryWeights", (c, _) => new SelfEvaluationCategoryWeight(c.Name, c.Weight)),
        DeviationReason = dto.DeviationReason,
        Improvement = dto.Improvement,
    };

    private static JsonMappingException Describe(IReadOnlyList<BuildProblem> problems, Func<BuildProblem, string> pathOf)
    {
        var first = problems[0];
        var reason = problems.Count == 1
            ? first.ToString()
            : string.Create(CultureInfo.InvariantCulture, $"{first} (and {problems.Count - 1} more: {string.Join("; ", problems.Skip(1))})");
        return new JsonMappingException(pathOf(first), reason);
    }

    private static string PathOf(BuildProblem problem, List<TableDto> tables, List<TableDefinition> definitions)
    {
        if (problem.TableId is null)
        {
            return problem.Code == BuildProblemCodes.MissingPart ? "$.department" : "$";
        }

        var matches = Enumerable.Range(0, definitions.Count).Where(i => string.Equals(definitions[i].Id, problem.TableId, StringComparison.Ordinal)).ToList();
        if (matches.Count == 0)
        {
            return "$.tables";
        }

        var index = problem.Code == BuildProblemCodes.DuplicateTable && matches.Count > 1 ? matches[1] : matches[0];
        var path = string.Create(CultureInfo.InvariantCulture, $"$.tables[{index}]");
        return RowPath(problem, tables[index], definitions[index], path);
    }

    private static string RowPath(BuildProblem problem, TableDto table, TableDefinition definition, string path)
    {
        if (problem.Row is not { } key || problem.Code is BuildProblemCodes.DuplicateTable or BuildProblemCodes.WrongDisclosureKind)
        {
            return path;
        }

        var rows = table.Rows ?? [];
        var matches = Enumerable.Range(0, rows.Count).Where(i => rows[i] is { } r && r.Key == key).ToList();
        if (matches.Count == 0)
        {
            return path + ".rows";
        }

        var row = problem.Code == BuildProblemCodes.DuplicateRow && matches.Count > 1 ? matches[1] : matches[0];
        var rowPath = string.Create(CultureInfo.InvariantCulture, $"{path}.rows[{row}]");
        if (problem.ColumnId is { } columnId && definition.ColumnIndex(columnId) is var column and >= 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{rowPath}.cells[{column}]");
        }

        return problem.Code == BuildProblemCodes.UnknownParent ? rowPath + ".parent" : rowPath + ".key";
    }

    private static int CheckYear(int year, string path)
        => year is >= 1949 and <= 2999 ? year : throw new JsonMappingException(path, string.Create(CultureInfo.InvariantCulture, $"{year} is not a year between 1949 and 2999."));

    private static string NonBlank(string text, string path)
        => string.IsNullOrWhiteSpace(text) ? throw new JsonMappingException(path, "The text must not be blank.") : text;

    private static void RequireKind(DisclosureKind actual, DisclosureKind required, string path)
    {
        if (actual != required)
        {
            throw new JsonMappingException(path, $"Only a {WireEnum.Name(required)} disclosure has this part; this one is a {WireEnum.Name(actual)}.");
        }
    }

    private static void Each<T>(List<T>? items, string path, Action<T, string> action)
        where T : class
    {
        if (items is null)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            action(items[i] ?? throw new JsonMappingException(itemPath, "An item of this list must not be null."), itemPath);
        }
    }

    private static EquatableArray<TOut> Map<TIn, TOut>(List<TIn>? items, string path, Func<TIn, string, TOut> map)
        where TIn : class
    {
        var result = new List<TOut>(items?.Count ?? 0);
        Each(items, path, (item, p) => result.Add(map(item, p)));
        return result.ToEquatableArray();
    }

    private static EquatableArray<string> Strings(List<string>? items, string path) => Map(items, path, (s, _) => s);
}
