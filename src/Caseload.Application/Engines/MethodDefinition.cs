using Caseload.Domain.Teams;

namespace Caseload.Application.Engines;

/// <summary>
/// What the spine needs to know about a method, said by its engine (ADR 0023) instead of by a <c>Method.X</c> switch in
/// shared code. <see cref="StartsElsewhere"/>: the engine starts its courses its own way (the generic start is refused
/// with this message); <see cref="ClosesElsewhere"/>: it closes them on its own page (no generic "Afslut forløb");
/// <see cref="CourseHasMembers"/>: other team members can be attached to a course with their discipline;
/// <see cref="Phases"/>: the stages a role description describes the role in.
/// </summary>
public sealed record MethodDefinition(Method Method, string? StartsElsewhere = null, bool ClosesElsewhere = false,
    bool CourseHasMembers = false, IReadOnlyList<string>? Phases = null);

/// <summary>The registered methods' definitions; a method no engine defines gets the plain spine's behaviour.</summary>
public sealed class MethodDefinitions(IEnumerable<MethodDefinition> definitions)
{
    private readonly Dictionary<Method, MethodDefinition> _byMethod = definitions.ToDictionary(d => d.Method);

    public MethodDefinition For(Method method) => _byMethod.GetValueOrDefault(method) ?? new MethodDefinition(method);

    /// <summary>The Danish names of the methods whose courses have attached members ("ACT").</summary>
    public string WithMembers => string.Join(" og ", _byMethod.Values.Where(d => d.CourseHasMembers).Select(d => d.Method.Danish()));
}
