# Builds one of the portal's web projects: PROJECT=BKK.Portal.Web (default) or BKK.Portal.DevIdentity.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG PROJECT=BKK.Portal.Web
WORKDIR /src
COPY . .
RUN dotnet publish src/${PROJECT}/${PROJECT}.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
ARG PROJECT=BKK.Portal.Web
ENV APP_DLL=${PROJECT}.dll ASPNETCORE_HTTP_PORTS=8080
WORKDIR /app
COPY --from=build /app .
USER app
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec dotnet \"$APP_DLL\""]
