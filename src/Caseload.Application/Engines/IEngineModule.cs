using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Application.Engines;

/// <summary>
/// A method engine (CTI, outreach, ACT), a document or another capability as a module (ADR 0023): one class in the
/// engine's own folder registers everything the engine adds — its services, its course event source, its guards,
/// its deadlines, its tasks, and in the Web layer its citizen-page sections, navigation, print documents and
/// start-page cards. Shared code only loops over what is registered; adding an engine edits no shared file.
/// </summary>
public interface IEngineModule
{
    void Register(IServiceCollection services);
}

public static class EngineModules
{
    /// <summary>Registers every <see cref="IEngineModule"/> with a parameterless constructor in the assembly, in name order.</summary>
    public static IServiceCollection AddEngineModulesFrom(this IServiceCollection services, Assembly assembly)
    {
        foreach (var type in assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEngineModule).IsAssignableFrom(t)
                         && t.GetConstructor(Type.EmptyTypes) is not null)
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
            services.AddEngineModule((IEngineModule)Activator.CreateInstance(type)!);
        return services;
    }

    public static IServiceCollection AddEngineModule(this IServiceCollection services, IEngineModule module)
    {
        module.Register(services);
        return services;
    }
}
