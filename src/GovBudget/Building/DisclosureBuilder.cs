using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using GovBudget.Amounts;
using GovBudget.Collections;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.Tables.Performance;

namespace GovBudget.Building;

/// <summary>
/// Builds a <see cref="BudgetDisclosure"/> or <see cref="SettlementDisclosure"/> in code. Every structural problem of
/// the disclosure and its tables is collected and reported at once by <see cref="Build"/> (one
/// <see cref="DisclosureBuildException"/>) or <see cref="TryBuild"/>. A builder cannot be used again after it has built.
/// </summary>
/// <example>
/// <code>
/// var disclosure = DisclosureBuilder.Budget(2026)
///     .Department("506", "武汉市武昌区医疗保障局")
///     .Unit("506001", "武昌区医疗保障局本级", UnitKind.Administrative)
///     .Table(BudgetTables.ThreePublicExpenses, t => t.Total("0.42", "", "", "", "", "0.42"))
///     .Build();
/// </code>
/// </example>
public sealed class DisclosureBuilder
{
    private readonly DisclosureKind _kind;
    private readonly int _year;
    private readonly List<TableBuilder> _tables = [];
    private readonly List<BudgetUnit> _units = [];
    private readonly List<NarrativeStatement> _statements = [];
    private readonly List<PriorFigure> _priorFigures = [];
    private readonly List<ProjectPerformanceGoal> _projectGoals = [];
    private readonly List<PerformanceSelfEvaluation> _selfEvaluations = [];
    private readonly List<BuildProblem> _problems = [];
    private string? _departmentCode;
    private string? _departmentName;
    private Precision _precision = Precision.WanYuan2;
    private int? _catalogEdition;
    private TableSets.TableSet? _tableSet;
    private ReportedFigures _figures = ReportedFigures.None;
    private OverallPerformanceGoal? _overallGoal;
    private bool _rollUp;
    private bool _built;

    private DisclosureBuilder(DisclosureKind kind, int year)
    {
        _kind = kind;
        _year = Internal.Preconditions.CheckRange(year, 1949, 2999);
    }

    /// <summary>Starts a budget (部门预算) disclosure for <paramref name="year"/>.</summary>
    public static DisclosureBuilder Budget(int year) => new(DisclosureKind.Budget, year);

    /// <summary>Starts a settlement (部门决算) disclosure for <paramref name="year"/>.</summary>
    public static DisclosureBuilder Settlement(int year) => new(DisclosureKind.Settlement, year);

    /// <summary>The precision figures are printed at (default 0.01 万元); tables added later use it unless they set their own.</summary>
    public Precision Precision => _precision;

    /// <summary>Sets the department (部门).</summary>
    public DisclosureBuilder Department(string? code, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        CheckNotBuilt();
        _departmentCode = code;
        _departmentName = name;
        return this;
    }

    /// <summary>Adds a unit (单位).</summary>
    public DisclosureBuilder Unit(string code, string name, UnitKind kind = UnitKind.Unspecified)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        CheckNotBuilt();
        _units.Add(new BudgetUnit(code, name, kind));
        return this;
    }

    /// <summary>Sets the precision figures are printed at (default 0.01 万元).</summary>
    public DisclosureBuilder WithPrecision(Precision precision)
    {
        CheckNotBuilt();
        _precision = precision;
        return this;
    }

    /// <summary>Sets the catalog edition (default: the disclosure year).</summary>
    public DisclosureBuilder CatalogEdition(int edition)
    {
        CheckNotBuilt();
        _catalogEdition = Internal.Preconditions.CheckRange(edition, 1949, 2999);
        return this;
    }

    /// <summary>
    /// Sets the table set (published layout) of the disclosure (default <c>hubei.budget</c> for budgets,
    /// <c>national.settlement</c> for settlements). Call it before adding tables by id.
    /// </summary>
    /// <exception cref="ArgumentException">The set is for the other kind of disclosure.</exception>
    public DisclosureBuilder TableSet(TableSets.TableSet tableSet)
    {
        ArgumentNullException.ThrowIfNull(tableSet);
        CheckNotBuilt();
        Internal.Preconditions.CheckArgument(tableSet.Kind == _kind, nameof(tableSet), $"Table set {tableSet.Id} is for {tableSet.Kind} disclosures, not {_kind}.");
        _tableSet = tableSet;
        return this;
    }

    /// <summary>Sets a built-in table set by id (<c>shanghai.budget</c>; see <see cref="TableSets.TableSetRegistry.BuiltIn"/>).</summary>
    /// <exception cref="KeyNotFoundException">No built-in set has that id.</exception>
    /// <exception cref="ArgumentException">The set is for the other kind of disclosure.</exception>
    public DisclosureBuilder TableSet(string tableSetId) => TableSet(TableSets.TableSetRegistry.BuiltIn.Get(tableSetId));

    /// <summary>
    /// The table set the disclosure will have, as printed for its catalog edition (<see cref="TableSets.TableSet.ForEdition"/>:
    /// the numbered 类 lines of national 公开01/公开04 follow the edition). Set <see cref="CatalogEdition(int)"/> before adding
    /// tables by id.
    /// </summary>
    public TableSets.TableSet CurrentTableSet => (_tableSet ?? TableSets.TableSetRegistry.DefaultFor(_kind)).ForEdition(_catalogEdition ?? _year);

    /// <summary>Rolls every table up from its leaves (see <see cref="TableBuilder.RollUp"/>).</summary>
    public DisclosureBuilder RollUp(bool enabled = true)
    {
        CheckNotBuilt();
        _rollUp = enabled;
        return this;
    }

    /// <summary>Adds a table of kind <paramref name="definition"/>, filled by <paramref name="configure"/>.</summary>
    public DisclosureBuilder Table(TableDefinition definition, Action<TableBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(configure);
        CheckNotBuilt();
        var builder = new TableBuilder(definition, _precision) { CatalogEdition = _catalogEdition ?? _year };
        configure(builder);
        _tables.Add(builder);
        return this;
    }

    /// <summary>Adds the table <paramref name="tableId"/> of the disclosure's table set (<see cref="TableSet(TableSets.TableSet)"/>), filled by <paramref name="configure"/>.</summary>
    /// <exception cref="KeyNotFoundException">The set has no such table.</exception>
    public DisclosureBuilder Table(string tableId, Action<TableBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(tableId);
        return Table(CurrentTableSet.Definition(tableId), configure);
    }

    /// <summary>Sets the figures reported beside the tables.</summary>
    public DisclosureBuilder Figures(ReportedFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        CheckNotBuilt();
        _figures = figures;
        return this;
    }

    /// <summary>Adds a narrative statement (share, change, execution rate).</summary>
    public DisclosureBuilder Statement(NarrativeStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        CheckNotBuilt();
        _statements.Add(statement);
        return this;
    }

    /// <summary>Adds an earlier-year or 年初预算 figure for a cell.</summary>
    public DisclosureBuilder PriorFigure(PriorFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        CheckNotBuilt();
        _priorFigures.Add(figure);
        return this;
    }

    /// <summary>Sets 表11 整体支出绩效目标表 (budgets only).</summary>
    public DisclosureBuilder OverallGoal(OverallPerformanceGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        CheckNotBuilt();
        _overallGoal = goal;
        return this;
    }

    /// <summary>Adds a 表12 项目支出绩效目标表 (budgets only).</summary>
    public DisclosureBuilder ProjectGoal(ProjectPerformanceGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        CheckNotBuilt();
        _projectGoals.Add(goal);
        return this;
    }

    /// <summary>Adds a 绩效自评表 (settlements only).</summary>
    public DisclosureBuilder SelfEvaluation(PerformanceSelfEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        CheckNotBuilt();
        _selfEvaluations.Add(evaluation);
        return this;
    }

    /// <summary>Reads a figure printed at the disclosure's precision (<c>"933.79"</c> → 933.79 万元), for figures and statements.</summary>
    /// <exception cref="FormatException">The text is not a number at that precision.</exception>
    public ReportedValue Value(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        if (ReportedValue.TryParseCell(printed, _precision, out var value, out var error) && value is { } v)
        {
            return v;
        }

        throw new FormatException(error ?? $"'{printed}' is blank, not a figure.");
    }

    /// <summary>Builds the disclosure.</summary>
    /// <exception cref="DisclosureBuildException">There are structural problems; every one is listed.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built.</exception>
    public Disclosure Build() => TryBuild(out var disclosure, out var problems) ? disclosure : throw new DisclosureBuildException(problems);

    /// <summary>Builds the disclosure, or returns every structural problem.</summary>
    /// <exception cref="InvalidOperationException">The builder has already built.</exception>
    public bool TryBuild([NotNullWhen(true)] out Disclosure? disclosure, out ImmutableArray<BuildProblem> problems)
    {
        CheckNotBuilt();
        _built = true;
        var all = new List<BuildProblem>(_problems);
        if (_departmentName is null)
        {
            all.Add(new BuildProblem(BuildProblemCodes.MissingPart, "The department is not set (call Department(code, name))."));
        }

        var set = CurrentTableSet;
        var tables = new List<Table>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var knownUnits = _units.Select(u => u.Code).Append(_departmentCode).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var builder in _tables)
        {
            var id = builder.Definition.Id;
            if (!ids.Add(id))
            {
                all.Add(new BuildProblem(BuildProblemCodes.DuplicateTable, $"Table {id} is added more than once.", id));
            }

            if (builder.Definition.Disclosure != _kind)
            {
                all.Add(new BuildProblem(BuildProblemCodes.WrongDisclosureKind, $"Table {id} belongs to a {builder.Definition.Disclosure} disclosure, not a {_kind}.", id));
            }

            if (set.FindTable(id) is { } declared && !declared.Definition.Equals(builder.Definition))
            {
                all.Add(new BuildProblem(
                    BuildProblemCodes.TableSetMismatch,
                    $"Table {id} does not match table {id} of table set {set.Id} ({TableDefinitionDifference.Describe(declared.Definition, builder.Definition)}){EditionHint(set, builder.Definition)}; give a custom table another id.",
                    id));
            }

            if (knownUnits.Count > 0)
            {
                foreach (var key in builder.RowKeys.Where(k => k.Kind == RowKeyKind.Unit && !knownUnits.Contains(k.Text!)))
                {
                    all.Add(new BuildProblem(BuildProblemCodes.UnknownUnit, $"Unit {key.Text} is neither the department nor one of its units.", id, key));
                }
            }

            if (_rollUp)
            {
                builder.RollUp();
            }

            if (builder.TryBuild(out var table, out var tableProblems))
            {
                tables.Add(table);
            }
            else
            {
                all.AddRange(tableProblems);
            }
        }

        problems = [.. all];
        if (problems.Length > 0)
        {
            disclosure = null;
            return false;
        }

        var department = new Department(_departmentCode, _departmentName!, _units.ToEquatableArray());
        var edition = _catalogEdition ?? _year;
        disclosure = _kind == DisclosureKind.Budget
            ? new BudgetDisclosure(_year, department, _precision, edition, tables.ToEquatableArray())
            {
                TableSet = set,
                OverallGoal = _overallGoal,
                ProjectGoals = _projectGoals.ToEquatableArray(),
                Figures = _figures,
                Statements = _statements.ToEquatableArray(),
                PriorFigures = _priorFigures.ToEquatableArray(),
            }
            : new SettlementDisclosure(_year, department, _precision, edition, tables.ToEquatableArray())
            {
                TableSet = set,
                SelfEvaluations = _selfEvaluations.ToEquatableArray(),
                Figures = _figures,
                Statements = _statements.ToEquatableArray(),
                PriorFigures = _priorFigures.ToEquatableArray(),
            };
        return true;
    }

    /// <summary>A hint when the table numbers its 类 lines by catalog edition: a table built for another edition does not match.</summary>
    private string EditionHint(TableSets.TableSet set, TableDefinition definition)
        => set.HasEditionOf(definition)
            ? $" — it is the set's table of another catalog edition; the disclosure numbers its 类 lines for catalog edition {_catalogEdition ?? _year}: set CatalogEdition before adding tables"
            : string.Empty;

    private void CheckNotBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built; start a new builder.");
        }
    }
}
