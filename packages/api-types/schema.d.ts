/* Generated from the server's OpenAPI document by `npm run api-types`. Do not edit. */
export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 Sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                personId: string | null;
                                mustChangePassword: boolean;
                                permissions: string[];
                                roles: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出 Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前账号 Current account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                personId: string | null;
                                mustChangePassword: boolean;
                                permissions: string[];
                                roles: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改密码 Change password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/bootstrap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 首次初始化三员账号 Create the first administrators (one-time link) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        sysadmin: {
                            username: string;
                            displayName: string;
                            password: string;
                        };
                        secadmin: {
                            username: string;
                            displayName: string;
                            password: string;
                        };
                        auditor: {
                            username: string;
                            displayName: string;
                            password: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账号列表 Accounts */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    status?: "active" | "disabled";
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Account"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建账号 Create an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        /** Format: uuid */
                        personId?: string | null;
                        initialPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改账号 Update an account */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        /** Format: uuid */
                        personId?: string | null;
                        /** @enum {string} */
                        status?: "active" | "disabled";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/accounts/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码 Reset password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        initialPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/accounts/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解锁账号 Unlock */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/login-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 登录日志 Sign-in history */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    accountId?: string;
                    username?: string;
                    result?: string;
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                at: string;
                                username: string;
                                accountId: string | null;
                                ip: string | null;
                                userAgent: string | null;
                                result: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 权限清单 Permission registry */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                zh: string;
                                en: string;
                                category: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 角色 Roles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Role"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建角色 Create a role */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        nameZh: string;
                        nameEn: string;
                        /** @enum {string} */
                        category: "system" | "security" | "audit" | "business";
                        description?: string | null;
                        permissions: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除角色 Delete a role */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** 修改角色 Update a role */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nameZh?: string;
                        nameEn?: string;
                        description?: string | null;
                        permissions?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 授权 Grants */
        get: {
            parameters: {
                query?: {
                    accountId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Grant"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 授予角色 Grant a role */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        /** Format: uuid */
                        roleId: string;
                        /** @enum {string} */
                        scopeKind: "all" | "region" | "agency" | "department" | "self";
                        /** Format: uuid */
                        scopeId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/grants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 撤销授权 Revoke a grant */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/grant-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可授权账号 Accounts to grant to */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                username: string;
                                displayName: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/grant-scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 数据范围对象 Scope targets */
        get: {
            parameters: {
                query: {
                    kind: "region" | "agency" | "department";
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计记录 Audit records */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    from?: string;
                    to?: string;
                    actor?: string;
                    action?: string;
                    objectType?: string;
                    result?: "success" | "failure";
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AuditRecord"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校验审计链 Verify the hash chain */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            records: number;
                            seq?: number;
                            reason?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 组织代码表 Organisation code lists */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agencyKinds: {
                                code: string;
                                zh: string;
                                en: string;
                            }[];
                            adminLevels: {
                                code: string;
                                zh: string;
                                en: string;
                            }[];
                            ranks: {
                                code: string;
                                zh: string;
                                en: string;
                            }[];
                            genders: {
                                code: string;
                                zh: string;
                                en: string;
                            }[];
                            personStatuses: {
                                code: string;
                                zh: string;
                                en: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区域 Regions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Region"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 处室列表 List departments */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    agencyId?: string;
                    active?: "true" | "false";
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Department"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建处室 Create a department */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        agencyId: string;
                        name: string;
                        /** Format: uuid */
                        headPersonId?: string | null;
                        /** @default 0 */
                        sort?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Department"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 处室详情 Get a department */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Department"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改处室 Update a department */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** Format: uuid */
                        headPersonId?: string | null;
                        /** @default 0 */
                        sort?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Department"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/org/departments/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用处室 Deactivate a department */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Department"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 岗位列表 List positions */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    agencyId?: string;
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Position"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建岗位 Create a position */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        agencyId: string;
                        /** Format: uuid */
                        departmentId?: string | null;
                        name: string;
                        /** @enum {string} */
                        rank: "minister" | "vice_minister" | "bureau_chief" | "bureau_deputy" | "division_chief" | "division_deputy" | "section_chief" | "section_deputy" | "inspector_1" | "inspector_2" | "researcher_1" | "researcher_2" | "researcher_3" | "researcher_4" | "principal_staff_1" | "principal_staff_2" | "principal_staff_3" | "principal_staff_4" | "staff_1" | "staff_2" | "clerk";
                        /** @enum {string} */
                        adminLevel: "central" | "province" | "city" | "county" | "township";
                        /** @default false */
                        isLeader?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Position"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位列表 List agencies */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    regionId?: string;
                    kind?: "party" | "congress" | "government" | "cppcc" | "mass" | "institution" | "soe";
                    active?: "true" | "false";
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Agency"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建单位 Create an agency */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        shortName?: string | null;
                        /** @enum {string} */
                        kind: "party" | "congress" | "government" | "cppcc" | "mass" | "institution" | "soe";
                        /** Format: uuid */
                        regionId: string;
                        /** @default 0 */
                        headcount?: number;
                        address?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Agency"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/agencies/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位导入模板 Agency import template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/agencies/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入单位（全部成功才提交） Import agencies, all or nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位详情 Get an agency */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Agency"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改单位 Update an agency */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        name?: string;
                        shortName?: string | null;
                        /** @enum {string} */
                        kind?: "party" | "congress" | "government" | "cppcc" | "mass" | "institution" | "soe";
                        /** Format: uuid */
                        regionId?: string;
                        /** @default 0 */
                        headcount?: number;
                        address?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Agency"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/org/agencies/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用单位 Deactivate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Agency"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/agencies/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启用单位 Activate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Agency"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员列表 List people */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    agencyId?: string;
                    departmentId?: string;
                    rank?: "minister" | "vice_minister" | "bureau_chief" | "bureau_deputy" | "division_chief" | "division_deputy" | "section_chief" | "section_deputy" | "inspector_1" | "inspector_2" | "researcher_1" | "researcher_2" | "researcher_3" | "researcher_4" | "principal_staff_1" | "principal_staff_2" | "principal_staff_3" | "principal_staff_4" | "staff_1" | "staff_2" | "clerk";
                    status?: "active" | "transferred" | "retired" | "left";
                    adminLevel?: "central" | "province" | "city" | "county" | "township";
                    regionId?: string;
                    idNumber?: string;
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Person"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建人员 Create a person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        gender: "M" | "F";
                        /** Format: uuid */
                        agencyId: string;
                        /** Format: uuid */
                        departmentId?: string | null;
                        /** Format: uuid */
                        positionId?: string | null;
                        /** @enum {string} */
                        rank: "minister" | "vice_minister" | "bureau_chief" | "bureau_deputy" | "division_chief" | "division_deputy" | "section_chief" | "section_deputy" | "inspector_1" | "inspector_2" | "researcher_1" | "researcher_2" | "researcher_3" | "researcher_4" | "principal_staff_1" | "principal_staff_2" | "principal_staff_3" | "principal_staff_4" | "staff_1" | "staff_2" | "clerk";
                        post?: string | null;
                        /** @enum {string} */
                        adminLevel: "central" | "province" | "city" | "county" | "township";
                        idNumber?: string | null;
                        mobile?: string | null;
                        birthday?: string | null;
                        entryDate?: string | null;
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status?: "active" | "transferred" | "retired" | "left";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/people/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员导入模板 People import template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/people/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入人员（全部成功才提交） Import people, all or nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员详情 Get a person */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改人员 Update a person */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        gender?: "M" | "F";
                        /** Format: uuid */
                        agencyId?: string;
                        /** Format: uuid */
                        departmentId?: string | null;
                        /** Format: uuid */
                        positionId?: string | null;
                        /** @enum {string} */
                        rank?: "minister" | "vice_minister" | "bureau_chief" | "bureau_deputy" | "division_chief" | "division_deputy" | "section_chief" | "section_deputy" | "inspector_1" | "inspector_2" | "researcher_1" | "researcher_2" | "researcher_3" | "researcher_4" | "principal_staff_1" | "principal_staff_2" | "principal_staff_3" | "principal_staff_4" | "staff_1" | "staff_2" | "clerk";
                        post?: string | null;
                        /** @enum {string} */
                        adminLevel?: "central" | "province" | "city" | "county" | "township";
                        idNumber?: string | null;
                        mobile?: string | null;
                        birthday?: string | null;
                        entryDate?: string | null;
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status?: "active" | "transferred" | "retired" | "left";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/org/people/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看明文（记审计） Reveal personal fields (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            idNumber: string | null;
                            mobile: string | null;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预订列表 List bookings */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    resourceType?: string;
                    resourceId?: string;
                    state?: string;
                    from?: string;
                    to?: string;
                    holderAgencyId?: string;
                    holderPersonId?: string;
                    refType?: string;
                    refId?: string;
                    seriesId?: string;
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Booking"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** 预订或暂留 Book (or hold) a resource */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        resourceType: string;
                        /** Format: uuid */
                        resourceId: string;
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string;
                        /** @default false */
                        hold?: boolean;
                        holdMinutes?: number;
                        /** Format: uuid */
                        holderAgencyId?: string;
                        /** Format: uuid */
                        holderPersonId?: string;
                        title?: string;
                        refType?: string;
                        refId?: string;
                        checkInGraceMinutes?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/free": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 空闲资源 Which of these resources are free in [from, to) */
        get: {
            parameters: {
                query: {
                    page?: number;
                    pageSize?: number;
                    resourceType: string;
                    from: string;
                    to: string;
                    resourceIds: string;
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                resourceId: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重复预订 Book a recurring series (RRULE); conflicts are reported per occurrence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        resourceType: string;
                        /** Format: uuid */
                        resourceId: string;
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string;
                        /** @default false */
                        hold?: boolean;
                        holdMinutes?: number;
                        /** Format: uuid */
                        holderAgencyId?: string;
                        /** Format: uuid */
                        holderPersonId?: string;
                        title?: string;
                        refType?: string;
                        refId?: string;
                        checkInGraceMinutes?: number | null;
                        rrule: string;
                        /** Format: date-time */
                        until?: string;
                        /** @default false */
                        allOrNothing?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BookingSeriesResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预订详情 Get a booking */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认暂留 Confirm a hold */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签到 Check in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提前释放 Give back early */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消预订 Cancel a booking */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 定时任务列表 List scheduled jobs with their last run */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Job"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{name}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 任务运行记录 Runs of a job */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "running" | "retrying" | "succeeded" | "failed" | "skipped";
                    format?: "json" | "xlsx";
                };
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["JobRun"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{name}/run-now": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 立即运行（在本服务进程中后台执行） Run a job now, in the background */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            runId: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的消息 My inbox */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    unread?: "true" | "false";
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Notification"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 未读消息数 Unread count */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标为已读 Mark read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 全部标为已读 Mark all read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 通知渠道设置 My channel preferences */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["NotifyPreference"][];
                        };
                    };
                };
            };
        };
        /** 修改通知渠道设置 Set my channel preferences */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            channel: string;
                            enabled: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["NotifyPreference"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 通知发送队列 Notification outbox */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "pending" | "sending" | "sent" | "failed" | "skipped";
                    channel?: string;
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["NotifyOutboxItem"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/outbox/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重发失败的通知 Retry a failed message */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传文件（按用途检查类型与大小） Upload a file for a registered use */
        post: {
            parameters: {
                query: {
                    /** @description 文件用途，如 org.person.photo / The registered use */
                    use: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FileMeta"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载文件 Download a file */
        get: {
            parameters: {
                query?: {
                    /** @description 1 = 总是作为附件下载 / always as an attachment */
                    download?: "0" | "1";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** 删除文件（上传者删除未关联的文件） Delete a file */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 图片缩略图 Thumbnail of an image */
        get: {
            parameters: {
                query?: {
                    /** @description 1 = 总是作为附件下载 / always as an attachment */
                    download?: "0" | "1";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/webp": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 文件信息 File metadata */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FileMeta"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事件列表（发件箱） List events of the outbox */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    type?: string;
                    processRunId?: string;
                    from?: string;
                    to?: string;
                    deliveryStatus?: "pending" | "delivering" | "delivered" | "failed" | "skipped";
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PlatformEvent"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事件详情及投递记录 An event and its deliveries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlatformEventDetail"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新投递失败的订阅 Redeliver failed deliveries */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requeued: number;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook 列表 List webhooks */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    active?: "true" | "false";
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Webhook"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建 Webhook（密钥仅此次返回） Create a webhook; the secret is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** Format: uri */
                        url: string;
                        eventTypes: string[];
                        /** @default true */
                        active?: boolean;
                        secret?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookWithSecret"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook 详情 Get a webhook */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Webhook"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** 删除 Webhook Delete a webhook */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** 修改 Webhook Update a webhook */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** Format: uri */
                        url?: string;
                        eventTypes?: string[];
                        active?: boolean;
                        secret?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Webhook"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/auth/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 登录方式 Sign-in methods */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            password: boolean;
                            oidc: boolean;
                            oidcStartUrl: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 接口令牌列表 List API tokens */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    accountId?: string;
                    status?: "active" | "expired" | "revoked";
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ApiToken"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** 新建接口令牌（令牌仅此次返回） Create an API token; shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** Format: uuid */
                        accountId: string;
                        permissions: string[];
                        /** Format: date-time */
                        expiresAt: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiTokenWithSecret"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 吊销接口令牌 Revoke an API token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 设备列表 List devices */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    kind?: "gate" | "meter" | "reader";
                    active?: "true" | "false";
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Device"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** 登记设备（密钥仅此次返回） Register a device; the secret is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "gate" | "meter" | "reader";
                        name: string;
                        /** @default null */
                        location?: string | null;
                        /** @default true */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeviceWithSecret"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/devices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 设备详情 Get a device */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Device"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** 删除设备 Delete a device */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** 修改设备 Update a device */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        location?: string | null;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Device"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/devices/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 更换设备密钥（仅此次返回） Rotate the secret; shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeviceWithSecret"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/devices/heartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 设备心跳（签名） Device heartbeat (signed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        status?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deviceId: string;
                            serverTime: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/templates/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入模板 Import template (the import's own permission applies) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传导入文件，后台校验 Upload an .xlsx; validated in the background */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入任务：状态、进度、前 500 条错误 Import job status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/errors.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 错误报告：出错的原始行加“错误说明”列 Error report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交（一个事务，全部成功或全部不导入） Commit, all or nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dict/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 字典列表 List dictionaries */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    kind?: "code" | "factor";
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DictType"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建字典 Create a dictionary */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        nameZh: string;
                        nameEn: string;
                        /** @enum {string} */
                        kind: "code" | "factor";
                        unit?: string | null;
                        description?: string | null;
                        /** @default 0 */
                        sort?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DictType"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dict/types/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 字典详情 Get a dictionary */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DictType"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改字典 Update a dictionary */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nameZh?: string;
                        nameEn?: string;
                        unit?: string | null;
                        description?: string | null;
                        /** @default 0 */
                        sort?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DictType"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/dict/types/{code}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 字典条目（各版本） List the items of a dictionary */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    code?: string;
                    parentCode?: string;
                    onDate?: string;
                    active?: "true" | "false";
                    year?: number;
                    format?: "json" | "xlsx";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DictItem"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** 新增字典条目（版本） Add an item version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        parentCode?: string | null;
                        labelZh: string;
                        labelEn: string;
                        value?: (string | number) | null;
                        unit?: string | null;
                        effectiveFrom: string;
                        effectiveTo?: string | null;
                        year?: number | null;
                        source?: string | null;
                        note?: string | null;
                        /** @default 0 */
                        sort?: number;
                        /** @default true */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DictItem"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dict/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 字典条目详情 Get an item */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DictItem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 更正字典条目 Correct an item */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        parentCode?: string | null;
                        labelZh?: string;
                        labelEn?: string;
                        value?: (string | number) | null;
                        unit?: string | null;
                        effectiveFrom?: string;
                        effectiveTo?: string | null;
                        year?: number | null;
                        source?: string | null;
                        note?: string | null;
                        /** @default 0 */
                        sort?: number;
                        /** @default true */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DictItem"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/dict/items/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 设置失效日期 Retire an item (last valid day) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        effectiveTo: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DictItem"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/processes/onboard-person": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新干部入职：建人员、开账号、授干部角色（一个事务，幂等） Onboard a cadre in one transaction (idempotent) */
        post: {
            parameters: {
                query?: never;
                header: {
                    "idempotency-key": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OnboardPersonInputInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OnboardPersonResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/business-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 业务类型 Registered business types */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["WorkflowBusinessType"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可选业务角色 Business roles for assignee rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 流程定义列表 List process definitions */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    businessType?: string;
                    active?: "true" | "false";
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["WorkflowDefinition"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** 新建流程定义 Create a process definition */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        businessType: string;
                        /** Format: uuid */
                        regionId?: string | null;
                        name: string;
                        description?: string | null;
                        steps: {
                            name: string;
                            assignees: ({
                                /** @enum {string} */
                                kind: "agency-role";
                                roleCode: string;
                                fallback?: {
                                    /** @enum {string} */
                                    kind: "agency-role";
                                    roleCode: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "center-role";
                                    roleCode: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "department-head";
                                } | {
                                    /** @enum {string} */
                                    kind: "person";
                                    /** Format: uuid */
                                    personId: string;
                                };
                            } | {
                                /** @enum {string} */
                                kind: "center-role";
                                roleCode: string;
                                fallback?: {
                                    /** @enum {string} */
                                    kind: "agency-role";
                                    roleCode: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "center-role";
                                    roleCode: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "department-head";
                                } | {
                                    /** @enum {string} */
                                    kind: "person";
                                    /** Format: uuid */
                                    personId: string;
                                };
                            } | {
                                /** @enum {string} */
                                kind: "department-head";
                                fallback?: {
                                    /** @enum {string} */
                                    kind: "agency-role";
                                    roleCode: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "center-role";
                                    roleCode: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "department-head";
                                } | {
                                    /** @enum {string} */
                                    kind: "person";
                                    /** Format: uuid */
                                    personId: string;
                                };
                            } | {
                                /** @enum {string} */
                                kind: "person";
                                /** Format: uuid */
                                personId: string;
                                fallback?: {
                                    /** @enum {string} */
                                    kind: "agency-role";
                                    roleCode: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "center-role";
                                    roleCode: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "department-head";
                                } | {
                                    /** @enum {string} */
                                    kind: "person";
                                    /** Format: uuid */
                                    personId: string;
                                };
                            })[];
                            /**
                             * @default all
                             * @enum {string}
                             */
                            mode?: "all" | "any";
                            condition?: {
                                amountFenMin?: number;
                                amountFenMax?: number;
                                kinds?: string[];
                            };
                            slaHours?: number;
                        }[];
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/definitions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 流程定义 A process definition */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowDefinition"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改流程定义（新版本只影响之后提交的申请） Update a process definition */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        regionId?: string | null;
                        name?: string;
                        description?: string | null;
                        steps?: {
                            name: string;
                            assignees: ({
                                /** @enum {string} */
                                kind: "agency-role";
                                roleCode: string;
                                fallback?: {
                                    /** @enum {string} */
                                    kind: "agency-role";
                                    roleCode: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "center-role";
                                    roleCode: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "department-head";
                                } | {
                                    /** @enum {string} */
                                    kind: "person";
                                    /** Format: uuid */
                                    personId: string;
                                };
                            } | {
                                /** @enum {string} */
                                kind: "center-role";
                                roleCode: string;
                                fallback?: {
                                    /** @enum {string} */
                                    kind: "agency-role";
                                    roleCode: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "center-role";
                                    roleCode: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "department-head";
                                } | {
                                    /** @enum {string} */
                                    kind: "person";
                                    /** Format: uuid */
                                    personId: string;
                                };
                            } | {
                                /** @enum {string} */
                                kind: "department-head";
                                fallback?: {
                                    /** @enum {string} */
                                    kind: "agency-role";
                                    roleCode: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "center-role";
                                    roleCode: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "department-head";
                                } | {
                                    /** @enum {string} */
                                    kind: "person";
                                    /** Format: uuid */
                                    personId: string;
                                };
                            } | {
                                /** @enum {string} */
                                kind: "person";
                                /** Format: uuid */
                                personId: string;
                                fallback?: {
                                    /** @enum {string} */
                                    kind: "agency-role";
                                    roleCode: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "center-role";
                                    roleCode: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "department-head";
                                } | {
                                    /** @enum {string} */
                                    kind: "person";
                                    /** Format: uuid */
                                    personId: string;
                                };
                            })[];
                            /**
                             * @default all
                             * @enum {string}
                             */
                            mode?: "all" | "any";
                            condition?: {
                                amountFenMin?: number;
                                amountFenMax?: number;
                                kinds?: string[];
                            };
                            slaHours?: number;
                        }[];
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowDefinition"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/workflow/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的待办 My tasks across all modules */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    status?: "open" | "done";
                    businessType?: string;
                    instanceId?: string;
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["WorkflowTask"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/tasks/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待办数 Number of open tasks */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            open: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/tasks/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 同意 Approve */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                        attachmentIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowInstanceSummary"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/tasks/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 驳回 Reject (the request ends) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                        attachmentIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowInstanceSummary"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/tasks/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回修改 Return for edits */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                        attachmentIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowInstanceSummary"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/tasks/{id}/delegate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 委托 Delegate to another account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                        attachmentIds?: string[];
                        /** Format: uuid */
                        toAccountId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            taskId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可委托的账号 Accounts to delegate to */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                username: string;
                                displayName: string;
                                agencyName: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我发起的审批 Approvals I submitted */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    status?: "running" | "returned" | "approved" | "rejected" | "withdrawn";
                    businessType?: string;
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["WorkflowInstanceSummary"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审批单与审批记录 An approval with its tasks and timeline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowInstance"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/instances/{id}/comment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发表意见 Comment (with attachments) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                        attachmentIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/instances/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回 Withdraw (the applicant) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                        attachmentIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowInstanceSummary"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/instances/{id}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新提交 Resubmit after a return (the applicant) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                        attachmentIds?: string[];
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowInstanceSummary"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的事项申请 My requests */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    status?: "pending" | "returned" | "approved" | "rejected" | "withdrawn";
                    kind?: "general" | "expense" | "purchase" | "leave" | "other";
                    id?: string;
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["WorkflowRequest"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** 提交事项申请 File a request (starts its approval) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /** @enum {string} */
                        kind: "general" | "expense" | "purchase" | "leave" | "other";
                        amountFen?: number | null;
                        description?: string | null;
                        attachmentIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowRequest"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事项申请 A request */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowRequest"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/requests/{id}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改后重新提交 Edit and resubmit a returned request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /** @enum {string} */
                        kind: "general" | "expense" | "purchase" | "leave" | "other";
                        amountFen?: number | null;
                        description?: string | null;
                        attachmentIds?: string[];
                        comment?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowRequest"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/requests/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回申请 Withdraw a request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                        attachmentIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowRequest"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorInput: {
            code: string;
            message: string;
            messageEn: string;
            fields?: {
                path: string;
                code: string;
                message: string;
            }[];
            ref?: {
                [key: string]: unknown;
            };
        };
        AuditRecordInput: {
            seq: number;
            at: string;
            actorName: string;
            actorAccountId: string | null;
            action: string;
            objectType: string;
            objectId: string | null;
            ip: string | null;
            result: string;
            before: unknown;
            after: unknown;
        };
        BookingInput: {
            id: string;
            resourceType: string;
            resourceId: string;
            startsAt: string;
            endsAt: string;
            /** @enum {string} */
            state: "tentative" | "confirmed" | "checked_in" | "released" | "cancelled";
            expiresAt: string | null;
            noShowAt: string | null;
            holderAgencyId: string;
            holderPersonId: string | null;
            refType: string | null;
            refId: string | null;
            title: string | null;
            seriesId: string | null;
            checkedInAt: string | null;
            releasedAt: string | null;
            releaseReason: string | null;
            cancelledAt: string | null;
            cancelReason: string | null;
            createdAt: string;
        };
        BookingSeriesResultInput: {
            seriesId: string | null;
            booked: components["schemas"]["BookingInput"][];
            conflicts: {
                startsAt: string;
                endsAt: string;
                message: string;
                ref?: {
                    [key: string]: unknown;
                };
            }[];
        };
        DictTypeInput: {
            code: string;
            nameZh: string;
            nameEn: string;
            /** @enum {string} */
            kind: "code" | "factor";
            unit: string | null;
            description: string | null;
            sort: number;
            itemCount: number;
            createdAt: string;
            updatedAt: string;
        };
        DictItemInput: {
            id: string;
            typeCode: string;
            code: string;
            parentCode: string | null;
            labelZh: string;
            labelEn: string;
            value: string | null;
            unit: string | null;
            effectiveFrom: string;
            effectiveTo: string | null;
            year: number | null;
            source: string | null;
            note: string | null;
            sort: number;
            active: boolean;
            unverified: boolean;
            createdAt: string;
            updatedAt: string;
        };
        PlatformEventInput: {
            id: string;
            type: string;
            payload: {
                [key: string]: unknown;
            };
            actorAccountId: string | null;
            processRunId: string | null;
            createdAt: string;
            fannedOutAt: string | null;
            deliveries: {
                pending: number;
                delivered: number;
                failed: number;
                skipped: number;
            };
        };
        PlatformEventDeliveryInput: {
            subscriber: string;
            /** @enum {string} */
            status: "pending" | "delivering" | "delivered" | "failed" | "skipped";
            attempts: number;
            nextAttemptAt: string;
            lastError: string | null;
            deliveredAt: string | null;
        };
        PlatformEventDetailInput: {
            id: string;
            type: string;
            payload: {
                [key: string]: unknown;
            };
            actorAccountId: string | null;
            processRunId: string | null;
            createdAt: string;
            fannedOutAt: string | null;
            deliveries: {
                pending: number;
                delivered: number;
                failed: number;
                skipped: number;
            };
            deliveryList: components["schemas"]["PlatformEventDeliveryInput"][];
        };
        WebhookInput: {
            id: string;
            name: string;
            url: string;
            eventTypes: string[];
            active: boolean;
            createdAt: string;
            updatedAt: string;
        };
        WebhookWithSecretInput: {
            id: string;
            name: string;
            url: string;
            eventTypes: string[];
            active: boolean;
            createdAt: string;
            updatedAt: string;
            secret: string;
        };
        ImportJobInput: {
            id: string;
            name: string;
            /** @enum {string} */
            status: "validating" | "invalid" | "ready" | "committing" | "done" | "failed";
            totalRows: number;
            progress: number;
            errorCount: number;
            created: number | null;
            failure: string | null;
            errors: {
                row: number;
                column: string;
                message: string;
            }[];
            createdAt: string;
            updatedAt: string;
        };
        FileMetaInput: {
            /** Format: uuid */
            id: string;
            use: string;
            name: string;
            mime: string;
            sizeBytes: number;
            sha256: string;
            width: number | null;
            height: number | null;
            hasThumbnail: boolean;
            createdAt: unknown;
        };
        OidcLinkInput: {
            id: string;
            issuer: string;
            subject: string;
            accountId: string;
            username: string | null;
            createdAt: string;
            lastLoginAt: string | null;
        };
        ApiTokenInput: {
            id: string;
            name: string;
            accountId: string;
            username: string | null;
            permissions: string[];
            expiresAt: string;
            revokedAt: string | null;
            lastUsedAt: string | null;
            createdAt: string;
            /** @enum {string} */
            status: "active" | "expired" | "revoked";
        };
        ApiTokenWithSecretInput: {
            id: string;
            name: string;
            accountId: string;
            username: string | null;
            permissions: string[];
            expiresAt: string;
            revokedAt: string | null;
            lastUsedAt: string | null;
            createdAt: string;
            /** @enum {string} */
            status: "active" | "expired" | "revoked";
            token: string;
        };
        DeviceInput: {
            id: string;
            /** @enum {string} */
            kind: "gate" | "meter" | "reader";
            name: string;
            location: string | null;
            active: boolean;
            lastSeenAt: string | null;
            createdAt: string;
            updatedAt: string;
        };
        DeviceWithSecretInput: {
            id: string;
            /** @enum {string} */
            kind: "gate" | "meter" | "reader";
            name: string;
            location: string | null;
            active: boolean;
            lastSeenAt: string | null;
            createdAt: string;
            updatedAt: string;
            secret: string;
        };
        JobRunInput: {
            id: string;
            jobName: string;
            /** Format: date-time */
            scheduledFor: string;
            /** @enum {string} */
            trigger: "schedule" | "manual";
            /** @enum {string} */
            status: "running" | "retrying" | "succeeded" | "failed" | "skipped";
            attempt: number;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            finishedAt: string | null;
            runBy: string | null;
            error: string | null;
        };
        JobInput: {
            name: string;
            cron: string;
            enabled: boolean;
            /** Format: date-time */
            nextRunAt: string;
            /** Format: date-time */
            retrySlot: string | null;
            leaseOwner: string | null;
            /** Format: date-time */
            leaseUntil: string | null;
            registered: boolean;
            lastRun: components["schemas"]["JobRunInput"] | null;
        };
        NotificationInput: {
            id: string;
            title: string;
            body: string;
            link: string | null;
            read: boolean;
            /** Format: date-time */
            readAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        NotifyPreferenceInput: {
            channel: string;
            label: string;
            labelEn: string;
            enabled: boolean;
        };
        NotifyOutboxItemInput: {
            id: string;
            notificationId: string | null;
            channel: string;
            recipient: string;
            title: string;
            /** @enum {string} */
            status: "pending" | "sending" | "sent" | "failed" | "skipped";
            attempts: number;
            /** Format: date-time */
            nextAttemptAt: string;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt: string | null;
        };
        RegionInput: {
            id: string;
            code: string;
            name: string;
            parentId: string | null;
            adminLevel: string;
            sort: number;
            active: boolean;
        };
        AgencyInput: {
            id: string;
            code: string;
            name: string;
            shortName: string | null;
            kind: string;
            regionId: string;
            regionName: string;
            headcount: number;
            address: string | null;
            active: boolean;
            peopleCount: number;
        };
        DepartmentInput: {
            id: string;
            agencyId: string;
            agencyName: string;
            name: string;
            headPersonId: string | null;
            sort: number;
            active: boolean;
        };
        PositionInput: {
            id: string;
            agencyId: string;
            departmentId: string | null;
            name: string;
            rank: string;
            adminLevel: string;
            isLeader: boolean;
            active: boolean;
        };
        PersonInput: {
            id: string;
            name: string;
            gender: string;
            agencyId: string;
            agencyName: string;
            departmentId: string | null;
            departmentName: string | null;
            positionId: string | null;
            rank: string;
            post: string | null;
            adminLevel: string;
            birthday: string | null;
            entryDate: string | null;
            status: string;
            idNumberMasked: string | null;
            mobileMasked: string | null;
        };
        AccountInput: {
            id: string;
            username: string;
            displayName: string;
            personId: string | null;
            personName: string | null;
            status: string;
            mustChangePassword: boolean;
            lockedUntil: string | null;
            lastLoginAt: string | null;
            roles: {
                code: string;
                nameZh: string;
                nameEn: string;
            }[];
        };
        RoleInput: {
            id: string;
            code: string;
            nameZh: string;
            nameEn: string;
            category: string;
            builtin: boolean;
            description: string | null;
            permissions: string[];
        };
        GrantInput: {
            id: string;
            accountId: string;
            username: string;
            roleId: string;
            roleCode: string;
            roleNameZh: string;
            roleNameEn: string;
            scopeKind: string;
            scopeId: string | null;
            scopeName: string | null;
        };
        WorkflowBusinessTypeInput: {
            type: string;
            nameZh: string;
            nameEn: string;
        };
        WorkflowDefinitionInput: {
            id: string;
            businessType: string;
            regionId: string | null;
            regionName: string | null;
            name: string;
            description: string | null;
            steps: {
                name: string;
                assignees: ({
                    /** @enum {string} */
                    kind: "agency-role";
                    roleCode: string;
                    fallback?: {
                        /** @enum {string} */
                        kind: "agency-role";
                        roleCode: string;
                    } | {
                        /** @enum {string} */
                        kind: "center-role";
                        roleCode: string;
                    } | {
                        /** @enum {string} */
                        kind: "department-head";
                    } | {
                        /** @enum {string} */
                        kind: "person";
                        /** Format: uuid */
                        personId: string;
                    };
                } | {
                    /** @enum {string} */
                    kind: "center-role";
                    roleCode: string;
                    fallback?: {
                        /** @enum {string} */
                        kind: "agency-role";
                        roleCode: string;
                    } | {
                        /** @enum {string} */
                        kind: "center-role";
                        roleCode: string;
                    } | {
                        /** @enum {string} */
                        kind: "department-head";
                    } | {
                        /** @enum {string} */
                        kind: "person";
                        /** Format: uuid */
                        personId: string;
                    };
                } | {
                    /** @enum {string} */
                    kind: "department-head";
                    fallback?: {
                        /** @enum {string} */
                        kind: "agency-role";
                        roleCode: string;
                    } | {
                        /** @enum {string} */
                        kind: "center-role";
                        roleCode: string;
                    } | {
                        /** @enum {string} */
                        kind: "department-head";
                    } | {
                        /** @enum {string} */
                        kind: "person";
                        /** Format: uuid */
                        personId: string;
                    };
                } | {
                    /** @enum {string} */
                    kind: "person";
                    /** Format: uuid */
                    personId: string;
                    fallback?: {
                        /** @enum {string} */
                        kind: "agency-role";
                        roleCode: string;
                    } | {
                        /** @enum {string} */
                        kind: "center-role";
                        roleCode: string;
                    } | {
                        /** @enum {string} */
                        kind: "department-head";
                    } | {
                        /** @enum {string} */
                        kind: "person";
                        /** Format: uuid */
                        personId: string;
                    };
                })[];
                /** @enum {string} */
                mode: "all" | "any";
                condition?: {
                    amountFenMin?: number;
                    amountFenMax?: number;
                    kinds?: string[];
                };
                slaHours?: number;
            }[];
            active: boolean;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        WorkflowTaskInput: {
            id: string;
            instanceId: string;
            businessType: string;
            businessTypeName: string;
            businessTypeNameEn: string;
            businessId: string;
            link: string;
            title: string;
            stepIndex: number;
            stepName: string;
            party: number;
            /** @enum {string} */
            status: "open" | "approved" | "rejected" | "returned" | "delegated" | "cancelled";
            via: string;
            dueAt: string | null;
            overdue: boolean;
            remindedAt: string | null;
            applicantName: string;
            agencyName: string;
            /** @enum {string} */
            instanceStatus: "running" | "returned" | "approved" | "rejected" | "withdrawn";
            submittedAt: string;
            createdAt: string;
            actedAt: string | null;
            comment: string | null;
        };
        WorkflowInstanceSummaryInput: {
            id: string;
            businessType: string;
            businessTypeName: string;
            businessTypeNameEn: string;
            businessId: string;
            link: string;
            title: string;
            /** @enum {string} */
            status: "running" | "returned" | "approved" | "rejected" | "withdrawn";
            currentStep: number;
            currentStepName: string | null;
            round: number;
            createdAt: string;
            finishedAt: string | null;
        };
        WorkflowInstanceInput: {
            id: string;
            businessType: string;
            businessTypeName: string;
            businessTypeNameEn: string;
            businessId: string;
            link: string;
            title: string;
            /** @enum {string} */
            status: "running" | "returned" | "approved" | "rejected" | "withdrawn";
            currentStep: number;
            currentStepName: string | null;
            round: number;
            createdAt: string;
            finishedAt: string | null;
            subject: {
                amountFen?: number | null;
                kind?: string | null;
            };
            applicantName: string;
            applicantPersonName: string;
            agencyName: string;
            departmentName: string | null;
            applicantAccountId: string;
            steps: {
                index: number;
                name: string;
                /** @enum {string} */
                mode: "all" | "any";
                slaHours: number | null;
                parties: number;
                applies: boolean;
            }[];
            tasks: {
                id: string;
                stepIndex: number;
                party: number;
                round: number;
                accountId: string;
                accountName: string;
                /** @enum {string} */
                status: "open" | "approved" | "rejected" | "returned" | "delegated" | "cancelled";
                via: string;
                dueAt: string | null;
                remindedAt: string | null;
                escalatedAt: string | null;
                actedAt: string | null;
                comment: string | null;
                createdAt: string;
            }[];
            events: {
                id: string;
                at: string;
                action: string;
                actorName: string;
                stepIndex: number | null;
                comment: string | null;
                attachmentIds: string[];
                details: {
                    [key: string]: unknown;
                };
            }[];
        };
        WorkflowRequestInput: {
            id: string;
            title: string;
            /** @enum {string} */
            kind: "general" | "expense" | "purchase" | "leave" | "other";
            amountFen: number | null;
            description: string | null;
            attachmentIds: string[];
            applicantAccountId: string;
            applicantPersonId: string;
            agencyId: string;
            departmentId: string | null;
            /** @enum {string} */
            status: "pending" | "returned" | "approved" | "rejected" | "withdrawn";
            instanceId: string | null;
            decidedAt: string | null;
            createdAt: string;
            updatedAt: string;
        };
        OnboardPersonInputInput: {
            person: {
                name: string;
                /** @enum {string} */
                gender: "M" | "F";
                /** Format: uuid */
                agencyId: string;
                /** Format: uuid */
                departmentId?: string | null;
                /** Format: uuid */
                positionId?: string | null;
                /** @enum {string} */
                rank: "minister" | "vice_minister" | "bureau_chief" | "bureau_deputy" | "division_chief" | "division_deputy" | "section_chief" | "section_deputy" | "inspector_1" | "inspector_2" | "researcher_1" | "researcher_2" | "researcher_3" | "researcher_4" | "principal_staff_1" | "principal_staff_2" | "principal_staff_3" | "principal_staff_4" | "staff_1" | "staff_2" | "clerk";
                post?: string | null;
                /** @enum {string} */
                adminLevel: "central" | "province" | "city" | "county" | "township";
                idNumber?: string | null;
                mobile?: string | null;
                birthday?: string | null;
                entryDate?: string | null;
                /**
                 * @default active
                 * @enum {string}
                 */
                status: "active" | "transferred" | "retired" | "left";
            };
            account: {
                username: string;
                displayName?: string;
                initialPassword: string;
            };
        };
        OnboardPersonResultInput: {
            runId: string;
            personId: string;
            accountId: string;
            grantId: string;
            eventId: string;
            replayed: boolean;
        };
        Error: {
            code: string;
            message: string;
            messageEn: string;
            fields?: {
                path: string;
                code: string;
                message: string;
            }[];
            ref?: {
                [key: string]: unknown;
            };
        };
        AuditRecord: {
            seq: number;
            at: string;
            actorName: string;
            actorAccountId: string | null;
            action: string;
            objectType: string;
            objectId: string | null;
            ip: string | null;
            result: string;
            before: unknown;
            after: unknown;
        };
        Booking: {
            id: string;
            resourceType: string;
            resourceId: string;
            startsAt: string;
            endsAt: string;
            /** @enum {string} */
            state: "tentative" | "confirmed" | "checked_in" | "released" | "cancelled";
            expiresAt: string | null;
            noShowAt: string | null;
            holderAgencyId: string;
            holderPersonId: string | null;
            refType: string | null;
            refId: string | null;
            title: string | null;
            seriesId: string | null;
            checkedInAt: string | null;
            releasedAt: string | null;
            releaseReason: string | null;
            cancelledAt: string | null;
            cancelReason: string | null;
            createdAt: string;
        };
        BookingSeriesResult: {
            seriesId: string | null;
            booked: components["schemas"]["Booking"][];
            conflicts: {
                startsAt: string;
                endsAt: string;
                message: string;
                ref?: {
                    [key: string]: unknown;
                };
            }[];
        };
        DictType: {
            code: string;
            nameZh: string;
            nameEn: string;
            /** @enum {string} */
            kind: "code" | "factor";
            unit: string | null;
            description: string | null;
            sort: number;
            itemCount: number;
            createdAt: string;
            updatedAt: string;
        };
        DictItem: {
            id: string;
            typeCode: string;
            code: string;
            parentCode: string | null;
            labelZh: string;
            labelEn: string;
            value: string | null;
            unit: string | null;
            effectiveFrom: string;
            effectiveTo: string | null;
            year: number | null;
            source: string | null;
            note: string | null;
            sort: number;
            active: boolean;
            unverified: boolean;
            createdAt: string;
            updatedAt: string;
        };
        PlatformEvent: {
            id: string;
            type: string;
            payload: {
                [key: string]: unknown;
            };
            actorAccountId: string | null;
            processRunId: string | null;
            createdAt: string;
            fannedOutAt: string | null;
            deliveries: {
                pending: number;
                delivered: number;
                failed: number;
                skipped: number;
            };
        };
        PlatformEventDelivery: {
            subscriber: string;
            /** @enum {string} */
            status: "pending" | "delivering" | "delivered" | "failed" | "skipped";
            attempts: number;
            nextAttemptAt: string;
            lastError: string | null;
            deliveredAt: string | null;
        };
        PlatformEventDetail: {
            id: string;
            type: string;
            payload: {
                [key: string]: unknown;
            };
            actorAccountId: string | null;
            processRunId: string | null;
            createdAt: string;
            fannedOutAt: string | null;
            deliveries: {
                pending: number;
                delivered: number;
                failed: number;
                skipped: number;
            };
            deliveryList: components["schemas"]["PlatformEventDelivery"][];
        };
        Webhook: {
            id: string;
            name: string;
            url: string;
            eventTypes: string[];
            active: boolean;
            createdAt: string;
            updatedAt: string;
        };
        WebhookWithSecret: {
            id: string;
            name: string;
            url: string;
            eventTypes: string[];
            active: boolean;
            createdAt: string;
            updatedAt: string;
            secret: string;
        };
        ImportJob: {
            id: string;
            name: string;
            /** @enum {string} */
            status: "validating" | "invalid" | "ready" | "committing" | "done" | "failed";
            totalRows: number;
            progress: number;
            errorCount: number;
            created: number | null;
            failure: string | null;
            errors: {
                row: number;
                column: string;
                message: string;
            }[];
            createdAt: string;
            updatedAt: string;
        };
        FileMeta: {
            /** Format: uuid */
            id: string;
            use: string;
            name: string;
            mime: string;
            sizeBytes: number;
            sha256: string;
            width: number | null;
            height: number | null;
            hasThumbnail: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        OidcLink: {
            id: string;
            issuer: string;
            subject: string;
            accountId: string;
            username: string | null;
            createdAt: string;
            lastLoginAt: string | null;
        };
        ApiToken: {
            id: string;
            name: string;
            accountId: string;
            username: string | null;
            permissions: string[];
            expiresAt: string;
            revokedAt: string | null;
            lastUsedAt: string | null;
            createdAt: string;
            /** @enum {string} */
            status: "active" | "expired" | "revoked";
        };
        ApiTokenWithSecret: {
            id: string;
            name: string;
            accountId: string;
            username: string | null;
            permissions: string[];
            expiresAt: string;
            revokedAt: string | null;
            lastUsedAt: string | null;
            createdAt: string;
            /** @enum {string} */
            status: "active" | "expired" | "revoked";
            token: string;
        };
        Device: {
            id: string;
            /** @enum {string} */
            kind: "gate" | "meter" | "reader";
            name: string;
            location: string | null;
            active: boolean;
            lastSeenAt: string | null;
            createdAt: string;
            updatedAt: string;
        };
        DeviceWithSecret: {
            id: string;
            /** @enum {string} */
            kind: "gate" | "meter" | "reader";
            name: string;
            location: string | null;
            active: boolean;
            lastSeenAt: string | null;
            createdAt: string;
            updatedAt: string;
            secret: string;
        };
        JobRun: {
            id: string;
            jobName: string;
            /** Format: date-time */
            scheduledFor: string;
            /** @enum {string} */
            trigger: "schedule" | "manual";
            /** @enum {string} */
            status: "running" | "retrying" | "succeeded" | "failed" | "skipped";
            attempt: number;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            finishedAt: string | null;
            runBy: string | null;
            error: string | null;
        };
        Job: {
            name: string;
            cron: string;
            enabled: boolean;
            /** Format: date-time */
            nextRunAt: string;
            /** Format: date-time */
            retrySlot: string | null;
            leaseOwner: string | null;
            /** Format: date-time */
            leaseUntil: string | null;
            registered: boolean;
            lastRun: components["schemas"]["JobRun"] | null;
        };
        Notification: {
            id: string;
            title: string;
            body: string;
            link: string | null;
            read: boolean;
            /** Format: date-time */
            readAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        NotifyPreference: {
            channel: string;
            label: string;
            labelEn: string;
            enabled: boolean;
        };
        NotifyOutboxItem: {
            id: string;
            notificationId: string | null;
            channel: string;
            recipient: string;
            title: string;
            /** @enum {string} */
            status: "pending" | "sending" | "sent" | "failed" | "skipped";
            attempts: number;
            /** Format: date-time */
            nextAttemptAt: string;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt: string | null;
        };
        Region: {
            id: string;
            code: string;
            name: string;
            parentId: string | null;
            adminLevel: string;
            sort: number;
            active: boolean;
        };
        Agency: {
            id: string;
            code: string;
            name: string;
            shortName: string | null;
            kind: string;
            regionId: string;
            regionName: string;
            headcount: number;
            address: string | null;
            active: boolean;
            peopleCount: number;
        };
        Department: {
            id: string;
            agencyId: string;
            agencyName: string;
            name: string;
            headPersonId: string | null;
            sort: number;
            active: boolean;
        };
        Position: {
            id: string;
            agencyId: string;
            departmentId: string | null;
            name: string;
            rank: string;
            adminLevel: string;
            isLeader: boolean;
            active: boolean;
        };
        Person: {
            id: string;
            name: string;
            gender: string;
            agencyId: string;
            agencyName: string;
            departmentId: string | null;
            departmentName: string | null;
            positionId: string | null;
            rank: string;
            post: string | null;
            adminLevel: string;
            birthday: string | null;
            entryDate: string | null;
            status: string;
            idNumberMasked: string | null;
            mobileMasked: string | null;
        };
        Account: {
            id: string;
            username: string;
            displayName: string;
            personId: string | null;
            personName: string | null;
            status: string;
            mustChangePassword: boolean;
            lockedUntil: string | null;
            lastLoginAt: string | null;
            roles: {
                code: string;
                nameZh: string;
                nameEn: string;
            }[];
        };
        Role: {
            id: string;
            code: string;
            nameZh: string;
            nameEn: string;
            category: string;
            builtin: boolean;
            description: string | null;
            permissions: string[];
        };
        Grant: {
            id: string;
            accountId: string;
            username: string;
            roleId: string;
            roleCode: string;
            roleNameZh: string;
            roleNameEn: string;
            scopeKind: string;
            scopeId: string | null;
            scopeName: string | null;
        };
        WorkflowBusinessType: {
            type: string;
            nameZh: string;
            nameEn: string;
        };
        WorkflowDefinition: {
            id: string;
            businessType: string;
            regionId: string | null;
            regionName: string | null;
            name: string;
            description: string | null;
            steps: {
                name: string;
                assignees: ({
                    /** @enum {string} */
                    kind: "agency-role";
                    roleCode: string;
                    fallback?: {
                        /** @enum {string} */
                        kind: "agency-role";
                        roleCode: string;
                    } | {
                        /** @enum {string} */
                        kind: "center-role";
                        roleCode: string;
                    } | {
                        /** @enum {string} */
                        kind: "department-head";
                    } | {
                        /** @enum {string} */
                        kind: "person";
                        /** Format: uuid */
                        personId: string;
                    };
                } | {
                    /** @enum {string} */
                    kind: "center-role";
                    roleCode: string;
                    fallback?: {
                        /** @enum {string} */
                        kind: "agency-role";
                        roleCode: string;
                    } | {
                        /** @enum {string} */
                        kind: "center-role";
                        roleCode: string;
                    } | {
                        /** @enum {string} */
                        kind: "department-head";
                    } | {
                        /** @enum {string} */
                        kind: "person";
                        /** Format: uuid */
                        personId: string;
                    };
                } | {
                    /** @enum {string} */
                    kind: "department-head";
                    fallback?: {
                        /** @enum {string} */
                        kind: "agency-role";
                        roleCode: string;
                    } | {
                        /** @enum {string} */
                        kind: "center-role";
                        roleCode: string;
                    } | {
                        /** @enum {string} */
                        kind: "department-head";
                    } | {
                        /** @enum {string} */
                        kind: "person";
                        /** Format: uuid */
                        personId: string;
                    };
                } | {
                    /** @enum {string} */
                    kind: "person";
                    /** Format: uuid */
                    personId: string;
                    fallback?: {
                        /** @enum {string} */
                        kind: "agency-role";
                        roleCode: string;
                    } | {
                        /** @enum {string} */
                        kind: "center-role";
                        roleCode: string;
                    } | {
                        /** @enum {string} */
                        kind: "department-head";
                    } | {
                        /** @enum {string} */
                        kind: "person";
                        /** Format: uuid */
                        personId: string;
                    };
                })[];
                /** @enum {string} */
                mode: "all" | "any";
                condition?: {
                    amountFenMin?: number;
                    amountFenMax?: number;
                    kinds?: string[];
                };
                slaHours?: number;
            }[];
            active: boolean;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        WorkflowTask: {
            id: string;
            instanceId: string;
            businessType: string;
            businessTypeName: string;
            businessTypeNameEn: string;
            businessId: string;
            link: string;
            title: string;
            stepIndex: number;
            stepName: string;
            party: number;
            /** @enum {string} */
            status: "open" | "approved" | "rejected" | "returned" | "delegated" | "cancelled";
            via: string;
            dueAt: string | null;
            overdue: boolean;
            remindedAt: string | null;
            applicantName: string;
            agencyName: string;
            /** @enum {string} */
            instanceStatus: "running" | "returned" | "approved" | "rejected" | "withdrawn";
            submittedAt: string;
            createdAt: string;
            actedAt: string | null;
            comment: string | null;
        };
        WorkflowInstanceSummary: {
            id: string;
            businessType: string;
            businessTypeName: string;
            businessTypeNameEn: string;
            businessId: string;
            link: string;
            title: string;
            /** @enum {string} */
            status: "running" | "returned" | "approved" | "rejected" | "withdrawn";
            currentStep: number;
            currentStepName: string | null;
            round: number;
            createdAt: string;
            finishedAt: string | null;
        };
        WorkflowInstance: {
            id: string;
            businessType: string;
            businessTypeName: string;
            businessTypeNameEn: string;
            businessId: string;
            link: string;
            title: string;
            /** @enum {string} */
            status: "running" | "returned" | "approved" | "rejected" | "withdrawn";
            currentStep: number;
            currentStepName: string | null;
            round: number;
            createdAt: string;
            finishedAt: string | null;
            subject: {
                amountFen?: number | null;
                kind?: string | null;
            };
            applicantName: string;
            applicantPersonName: string;
            agencyName: string;
            departmentName: string | null;
            applicantAccountId: string;
            steps: {
                index: number;
                name: string;
                /** @enum {string} */
                mode: "all" | "any";
                slaHours: number | null;
                parties: number;
                applies: boolean;
            }[];
            tasks: {
                id: string;
                stepIndex: number;
                party: number;
                round: number;
                accountId: string;
                accountName: string;
                /** @enum {string} */
                status: "open" | "approved" | "rejected" | "returned" | "delegated" | "cancelled";
                via: string;
                dueAt: string | null;
                remindedAt: string | null;
                escalatedAt: string | null;
                actedAt: string | null;
                comment: string | null;
                createdAt: string;
            }[];
            events: {
                id: string;
                at: string;
                action: string;
                actorName: string;
                stepIndex: number | null;
                comment: string | null;
                attachmentIds: string[];
                details: {
                    [key: string]: unknown;
                };
            }[];
        };
        WorkflowRequest: {
            id: string;
            title: string;
            /** @enum {string} */
            kind: "general" | "expense" | "purchase" | "leave" | "other";
            amountFen: number | null;
            description: string | null;
            attachmentIds: string[];
            applicantAccountId: string;
            applicantPersonId: string;
            agencyId: string;
            departmentId: string | null;
            /** @enum {string} */
            status: "pending" | "returned" | "approved" | "rejected" | "withdrawn";
            instanceId: string | null;
            decidedAt: string | null;
            createdAt: string;
            updatedAt: string;
        };
        OnboardPersonInput: {
            person: {
                name: string;
                /** @enum {string} */
                gender: "M" | "F";
                /** Format: uuid */
                agencyId: string;
                /** Format: uuid */
                departmentId?: string | null;
                /** Format: uuid */
                positionId?: string | null;
                /** @enum {string} */
                rank: "minister" | "vice_minister" | "bureau_chief" | "bureau_deputy" | "division_chief" | "division_deputy" | "section_chief" | "section_deputy" | "inspector_1" | "inspector_2" | "researcher_1" | "researcher_2" | "researcher_3" | "researcher_4" | "principal_staff_1" | "principal_staff_2" | "principal_staff_3" | "principal_staff_4" | "staff_1" | "staff_2" | "clerk";
                post?: string | null;
                /** @enum {string} */
                adminLevel: "central" | "province" | "city" | "county" | "township";
                idNumber?: string | null;
                mobile?: string | null;
                birthday?: string | null;
                entryDate?: string | null;
                /**
                 * @default active
                 * @enum {string}
                 */
                status: "active" | "transferred" | "retired" | "left";
            };
            account: {
                username: string;
                displayName?: string;
                initialPassword: string;
            };
        };
        OnboardPersonResult: {
            runId: string;
            personId: string;
            accountId: string;
            grantId: string;
            eventId: string;
            replayed: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
