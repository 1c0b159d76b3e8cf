using Caseload.Application.Security;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Caseload.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<IAccessScope, AccessScope>();
        services.AddScoped<Citizens.CitizenQueries>();
        services.AddScoped<Auditing.AuditSearch>();
        services.AddScoped<Teams.TeamFigures>();
        services.AddScoped<Teams.TeamAdministration>();
        services.AddScoped<Citizens.CitizenService>();
        services.AddScoped<Courses.CourseService>();
        services.AddScoped<Contacts.ContactLogService>();
        services.AddScoped<Board.CaseloadBoard>();
        // FluentValidation.DependencyInjectionExtensions does not restore here: register validators ourselves.
        foreach (var type in typeof(DependencyInjection).Assembly.GetTypes()
                     .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var validatorInterface in type.GetInterfaces()
                         .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
                services.AddScoped(validatorInterface, type);
        }
        return services;
    }
}
