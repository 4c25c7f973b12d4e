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
                    after?: string;
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
                            /** @description ?after= of the next page (keyset paging); null on a short page */
                            nextCursor: string | null;
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
                    after?: string;
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
                            /** @description ?after= of the next page (keyset paging); null on a short page */
                            nextCursor: string | null;
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
    "/api/v1/org/people/{id}/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人事变动记录 Movements of a person */
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
                        "application/json": components["schemas"]["PersonMovement"][];
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
        /** 登记人事变动 Record a transfer, retirement or end of a side post */
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
                        /** @enum {string} */
                        kind: "transferred" | "retired" | "side-post-ended";
                        effectiveDate: string;
                        /** Format: uuid */
                        toAgencyId?: string | null;
                        sidePost?: string | null;
                        note?: string | null;
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
                        "application/json": components["schemas"]["PersonMovement"];
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
    "/api/v1/estate/buildings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 楼宇列表 List buildings */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    regionId?: string;
                    status?: "in-use" | "idle" | "repair" | "disposed";
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
                            items: components["schemas"]["EstateBuilding"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建楼宇 Create a building */
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
                        code: string;
                        address?: string | null;
                        /** Format: uuid */
                        regionId: string;
                        /** Format: uuid */
                        ownerAgencyId?: string | null;
                        ownerName?: string | null;
                        /**
                         * @default state
                         * @enum {string}
                         */
                        ownershipKind?: "state" | "collective" | "leased-in" | "other";
                        titleCertNo?: string | null;
                        landCertNo?: string | null;
                        builtYear?: number | null;
                        acquiredOn?: string | null;
                        /** @default 1 */
                        floorsAbove?: number;
                        /** @default 0 */
                        floorsBelow?: number;
                        constructionAreaM2?: number | null;
                        landAreaM2?: number | null;
                        /**
                         * @default in-use
                         * @enum {string}
                         */
                        status?: "in-use" | "idle" | "repair" | "disposed";
                        note?: string | null;
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
                        "application/json": components["schemas"]["EstateBuilding"];
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
    "/api/v1/estate/buildings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 楼宇详情 Get a building */
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
                        "application/json": components["schemas"]["EstateBuilding"];
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
        /** 删除楼宇（无楼层时） Delete a building without floors */
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
        options?: never;
        head?: never;
        /** 修改楼宇 Update a building */
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
                        code?: string;
                        address?: string | null;
                        /** Format: uuid */
                        regionId?: string;
                        /** Format: uuid */
                        ownerAgencyId?: string | null;
                        ownerName?: string | null;
                        /**
                         * @default state
                         * @enum {string}
                         */
                        ownershipKind?: "state" | "collective" | "leased-in" | "other";
                        titleCertNo?: string | null;
                        landCertNo?: string | null;
                        builtYear?: number | null;
                        acquiredOn?: string | null;
                        /** @default 1 */
                        floorsAbove?: number;
                        /** @default 0 */
                        floorsBelow?: number;
                        constructionAreaM2?: number | null;
                        landAreaM2?: number | null;
                        /**
                         * @default in-use
                         * @enum {string}
                         */
                        status?: "in-use" | "idle" | "repair" | "disposed";
                        note?: string | null;
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
                        "application/json": components["schemas"]["EstateBuilding"];
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
    "/api/v1/estate/floors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 楼层列表 List floors */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    buildingId?: string;
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
                            items: components["schemas"]["EstateFloor"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建楼层 Create a floor */
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
                        buildingId: string;
                        level: number;
                        name: string;
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
                        "application/json": components["schemas"]["EstateFloor"];
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
    "/api/v1/estate/floors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 楼层详情 Get a floor */
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
                        "application/json": components["schemas"]["EstateFloor"];
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
        /** 删除楼层（无房间时） Delete a floor without rooms */
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
        options?: never;
        head?: never;
        /** 修改楼层 Update a floor */
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
                        level?: number;
                        name?: string;
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
                        "application/json": components["schemas"]["EstateFloor"];
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
    "/api/v1/estate/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 房间列表 List rooms */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    buildingId?: string;
                    floorId?: string;
                    agencyId?: string;
                    useClass?: "office" | "service" | "equipment" | "ancillary";
                    status?: "in-use" | "vacant" | "repair" | "leased-out" | "reserved";
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
                            items: components["schemas"]["EstateRoom"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建房间 Create a room */
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
                        floorId: string;
                        number: string;
                        /** @enum {string} */
                        useClass: "office" | "service" | "equipment" | "ancillary";
                        subUse?: string | null;
                        /** @enum {string|null} */
                        suitePart?: "rest" | "toilet" | null;
                        usableAreaM2: number;
                        constructionAreaM2?: number | null;
                        /** Format: uuid */
                        agencyId?: string | null;
                        /**
                         * @default vacant
                         * @enum {string}
                         */
                        status?: "in-use" | "vacant" | "repair" | "leased-out" | "reserved";
                        svgElementId?: string | null;
                        note?: string | null;
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
                        "application/json": components["schemas"]["EstateRoom"];
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
    "/api/v1/estate/rooms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 房间详情 Get a room */
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
                        "application/json": components["schemas"]["EstateRoom"];
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
        /** 删除房间（无使用记录时） Delete a room */
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
        options?: never;
        head?: never;
        /** 修改房间 Update a room */
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
                        number?: string;
                        /** @enum {string} */
                        useClass?: "office" | "service" | "equipment" | "ancillary";
                        subUse?: string | null;
                        /** @enum {string|null} */
                        suitePart?: "rest" | "toilet" | null;
                        usableAreaM2?: number;
                        constructionAreaM2?: number | null;
                        /** Format: uuid */
                        agencyId?: string | null;
                        /**
                         * @default vacant
                         * @enum {string}
                         */
                        status?: "in-use" | "vacant" | "repair" | "leased-out" | "reserved";
                        svgElementId?: string | null;
                        note?: string | null;
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
                        "application/json": components["schemas"]["EstateRoom"];
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
    "/api/v1/estate/rooms/{id}/outline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 保存房间在平面图上的轮廓 Save the outline drawn on the floor plan */
        put: {
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
                        outline: (number)[][] | null;
                        svgElementId?: string | null;
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/estate/floors/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 楼层平面图及房间 Floor plan with its rooms */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EstateFloorPlan"];
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
        /** 上传平面图：SVG 文本（净化）或已上传图片 Set the plan: SVG text (sanitised) or an uploaded image */
        put: {
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
                        svg: string;
                        /** @default floor-plan.svg */
                        name?: string;
                    } | {
                        /** Format: uuid */
                        fileId: string;
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
                            fileId: string;
                            /** @enum {string} */
                            kind: "svg" | "image";
                            width: number | null;
                            height: number | null;
                            elementIds: string[];
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
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/estate/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员用房登记列表 List room assignments */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    personId?: string;
                    roomId?: string;
                    agencyId?: string;
                    current?: "true" | "false";
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
                            items: components["schemas"]["EstateAssignment"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记人员使用办公室 Assign a person to an office room */
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
                        personId: string;
                        /** Format: uuid */
                        roomId: string;
                        /**
                         * @default main
                         * @enum {string}
                         */
                        kind?: "main" | "side";
                        startDate: string;
                        endDate?: string | null;
                        note?: string | null;
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
                        "application/json": components["schemas"]["EstateAssignment"];
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
    "/api/v1/estate/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用房登记详情 Get an assignment */
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
                        "application/json": components["schemas"]["EstateAssignment"];
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
    "/api/v1/estate/assignments/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束用房（腾出） End an assignment */
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
                        endDate: string;
                        note?: string | null;
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
                        "application/json": components["schemas"]["EstateAssignment"];
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
    "/api/v1/estate/compliance/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员办公用房超标检查 Office area per person against the standard */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    agencyId?: string;
                    personId?: string;
                    onlyOver?: "true" | "false";
                    asOf?: string;
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
                            items: components["schemas"]["EstatePersonCompliance"][];
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
    "/api/v1/estate/compliance/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位核定面积与使用面积 Approved and used office area per agency */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    regionId?: string;
                    agencyId?: string;
                    onlyOver?: "true" | "false";
                    asOf?: string;
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
                            items: components["schemas"]["EstateAgencyCompliance"][];
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
    "/api/v1/estate/compliance/buildings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 楼宇办公用房使用与超标 Office area per building */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    asOf?: string;
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
                            items: components["schemas"]["EstateBuildingCompliance"][];
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
    "/api/v1/estate/standards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办公用房面积标准（2014） Office-area standard rows */
        get: {
            parameters: {
                query?: {
                    adminLevel?: "central" | "province" | "city" | "county" | "township";
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
                        "application/json": components["schemas"]["EstateAreaStandard"][];
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
    "/api/v1/estate/standards/{id}": {
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
        /** 修改面积标准 Correct a standard row */
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
                        usableM2?: number;
                        toiletAllowed?: boolean;
                        toiletMaxM2?: number | null;
                        note?: string | null;
                        source?: string;
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
                        "application/json": components["schemas"]["EstateAreaStandard"];
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
    "/api/v1/estate/standards/rank-map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 职级与标准档次对应 Rank → standard row */
        get: {
            parameters: {
                query?: {
                    adminLevel?: "central" | "province" | "city" | "county" | "township";
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
                            adminLevel: string;
                            rank: string;
                            postClass: string;
                            source: string | null;
                        }[];
                    };
                };
            };
        };
        /** 设置职级对应的标准档次 Map a rank to a standard row */
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
                        /** @enum {string} */
                        adminLevel: "central" | "province" | "city" | "county" | "township";
                        rank: string;
                        /** @enum {string} */
                        postClass: "chief" | "deputy" | "head" | "head-deputy" | "division" | "division-deputy" | "below";
                        source?: string;
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
                            adminLevel: string;
                            rank: string;
                            postClass: string;
                            source?: string;
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
    "/api/v1/estate/recovery-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用房清退任务 Room recovery tasks */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "open" | "done" | "cancelled";
                    agencyId?: string;
                    personId?: string;
                    overdue?: "true" | "false";
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
                            items: components["schemas"]["EstateRecoveryTask"][];
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
    "/api/v1/estate/recovery-tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办结清退（结束用房） Complete a recovery */
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
                        date: string;
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
                            id: string;
                            status: string;
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
    "/api/v1/estate/recovery-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 清退时限规则 Recovery periods */
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
                            reason: string;
                            months: number;
                            remindDaysBefore: number;
                            escalateAfterDays: number;
                            source: string;
                        }[];
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
    "/api/v1/estate/recovery-rules/{reason}": {
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
        /** 修改清退时限 Change a recovery period */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reason: "transfer" | "retirement" | "side-post-ended";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        months?: number;
                        remindDaysBefore?: number;
                        escalateAfterDays?: number;
                        source?: string;
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
                            reason: string;
                            months: number;
                            remindDaysBefore: number;
                            escalateAfterDays: number;
                            source: string;
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
        trace?: never;
    };
    "/api/v1/estate/my/office": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的办公室 My office, area and standard */
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
                        "application/json": components["schemas"]["EstateMyOffice"];
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
    "/api/v1/estate/my/room-problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报告我的办公室问题 Report a problem with my room */
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
                        roomId: string;
                        /** @enum {string} */
                        category: "repair" | "cleaning" | "safety" | "furniture" | "network" | "other";
                        description: string;
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
                            roomId: string;
                            category: string;
                            description: string;
                            status: string;
                            /** Format: date-time */
                            createdAt: string;
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
    "/api/v1/estate/room-problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 干部报告的办公室问题 Room problems reported by cadres */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "open" | "handled";
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
                                roomId: string;
                                category: string;
                                description: string;
                                status: string;
                                /** Format: date-time */
                                createdAt: string;
                                roomNumber: string;
                                buildingName: string;
                                personName: string;
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
    "/api/v1/estate/room-problems/{id}/handle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记问题已处理 Mark a problem handled */
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
                            id: string;
                            roomId: string;
                            category: string;
                            description: string;
                            status: string;
                            /** Format: date-time */
                            createdAt: string;
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
    "/api/v1/estate/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办公用房配置记录 Allocations */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    agencyId?: string;
                    status?: "active" | "revoked";
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
                            items: components["schemas"]["EstateAllocation"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 分配房间给单位 Allocate rooms to an agency */
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
                        roomIds: string[];
                        allocatedOn: string;
                        purpose?: string | null;
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
                        "application/json": components["schemas"]["EstateAllocationDetail"];
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
    "/api/v1/estate/allocations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 配置详情 Allocation */
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
                        "application/json": components["schemas"]["EstateAllocationDetail"];
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
    "/api/v1/estate/allocations/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销配置（收回房间） Revoke an allocation */
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
                            id: string;
                            status: string;
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
    "/api/v1/estate/allocations/{id}/agreement.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办公用房使用协议（PDF） Use agreement */
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
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
    "/api/v1/estate/allocations/{id}/certificate.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办公用房分配使用凭证（PDF） Allocation certificate */
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
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
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
    "/api/v1/estate/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办公用房申请 Office space requests */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    id?: string;
                    kind?: "allocate" | "swap" | "vacate" | "repair";
                    status?: string;
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
                            items: components["schemas"]["EstateRequest"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 提交配置/调剂/腾退/维修申请 File a request (approval workflow) */
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
                        kind: "allocate" | "swap" | "vacate" | "repair";
                        /** Format: uuid */
                        agencyId: string;
                        roomIds: string[];
                        targetRoomIds?: string[];
                        reason: string;
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
                        "application/json": components["schemas"]["EstateRequest"];
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
    "/api/v1/estate/requests/available-rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可申请的空置房间（配置、调剂） Vacant rooms no agency holds */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    buildingId?: string;
                    useClass?: "office" | "service" | "equipment" | "ancillary";
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
                            items: components["schemas"]["EstateAvailableRoom"][];
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
    "/api/v1/estate/requests/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认维修完成（房间恢复使用） Confirm an approved repair is done */
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
                        "application/json": components["schemas"]["EstateRequest"];
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
    "/api/v1/estate/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申请详情 Request */
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
                        "application/json": components["schemas"]["EstateRequest"];
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
    "/api/v1/estate/census-campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 房产清查任务 List census campaigns */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    status?: "open" | "closed";
                    year?: number;
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
                            items: components["schemas"]["EstateCensusCampaign"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 发起房产清查 Open a census campaign */
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
                        year: number;
                        deadline: string;
                        agencyIds?: string[];
                        note?: string | null;
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
                        "application/json": components["schemas"]["EstateCensusCampaign"];
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
    "/api/v1/estate/census-campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 清查任务详情 Get a campaign */
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
                        "application/json": components["schemas"]["EstateCensusCampaign"];
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
    "/api/v1/estate/census-campaigns/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关闭清查任务 Close a campaign */
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
                            id: string;
                            title: string;
                            year: number;
                            scopeKind: string;
                            deadline: string;
                            status: string;
                            note: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            closedAt: string | null;
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
    "/api/v1/estate/census-campaigns/{id}/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各单位清查进度 Progress per agency */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    status?: "not_started" | "in_progress" | "submitted" | "reconciled";
                    format?: "json" | "xlsx";
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["EstateCensusAgencyProgress"][];
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
    "/api/v1/estate/census-campaigns/{id}/my-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本单位清查清单 Items of my agency */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    agencyId?: string;
                    response?: "pending" | "confirmed" | "corrected";
                    format?: "json" | "xlsx";
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["EstateCensusItem"][];
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
    "/api/v1/estate/census-campaigns/{id}/items/{itemId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认房间信息无误 Confirm a room */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    itemId: string;
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
                            id: string;
                            campaignId: string;
                            agencyId: string;
                            roomId: string | null;
                            origin: string;
                            snapshot: {
                                buildingName: string;
                                floorName: string;
                                number: string;
                                useClass: string;
                                usableAreaM2: string;
                                occupants: {
                                    personId: string;
                                    name: string;
                                }[];
                            } | null;
                            response: string;
                            buildingId: string | null;
                            floorId: string | null;
                            number: string | null;
                            useClass: string | null;
                            usableAreaM2: string | null;
                            occupants: {
                                personId: string;
                                name: string;
                            }[] | null;
                            note: string | null;
                            /** Format: date-time */
                            respondedAt: string | null;
                            decision: string | null;
                            decisionReason: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
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
    "/api/v1/estate/census-campaigns/{id}/items/{itemId}/correct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 更正房间信息 Correct a room */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        usableAreaM2?: number;
                        /** @enum {string} */
                        useClass?: "office" | "service" | "equipment" | "ancillary";
                        occupantIds?: string[];
                        note: string;
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
                            id: string;
                            campaignId: string;
                            agencyId: string;
                            roomId: string | null;
                            origin: string;
                            snapshot: {
                                buildingName: string;
                                floorName: string;
                                number: string;
                                useClass: string;
                                usableAreaM2: string;
                                occupants: {
                                    personId: string;
                                    name: string;
                                }[];
                            } | null;
                            response: string;
                            buildingId: string | null;
                            floorId: string | null;
                            number: string | null;
                            useClass: string | null;
                            usableAreaM2: string | null;
                            occupants: {
                                personId: string;
                                name: string;
                            }[] | null;
                            note: string | null;
                            /** Format: date-time */
                            respondedAt: string | null;
                            decision: string | null;
                            decisionReason: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
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
    "/api/v1/estate/census-campaigns/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 补报漏登房间 Add a missing room */
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
                        /** Format: uuid */
                        agencyId?: string;
                        /** Format: uuid */
                        buildingId: string;
                        /** Format: uuid */
                        floorId: string;
                        number: string;
                        /** @enum {string} */
                        useClass: "office" | "service" | "equipment" | "ancillary";
                        usableAreaM2: number;
                        /** @default [] */
                        occupantIds?: string[];
                        note: string;
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
                            campaignId: string;
                            agencyId: string;
                            roomId: string | null;
                            origin: string;
                            snapshot: {
                                buildingName: string;
                                floorName: string;
                                number: string;
                                useClass: string;
                                usableAreaM2: string;
                                occupants: {
                                    personId: string;
                                    name: string;
                                }[];
                            } | null;
                            response: string;
                            buildingId: string | null;
                            floorId: string | null;
                            number: string | null;
                            useClass: string | null;
                            usableAreaM2: string | null;
                            occupants: {
                                personId: string;
                                name: string;
                            }[] | null;
                            note: string | null;
                            /** Format: date-time */
                            respondedAt: string | null;
                            decision: string | null;
                            decisionReason: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
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
    "/api/v1/estate/census-campaigns/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交本单位清查结果 Submit my agency */
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
                        /** Format: uuid */
                        agencyId?: string;
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
                        "application/json": components["schemas"]["EstateCensusAgency"];
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
    "/api/v1/estate/census-campaigns/{id}/differences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待核定差异 Differences to reconcile */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    agencyId?: string;
                    decided?: "true" | "false";
                    format?: "json" | "xlsx";
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["EstateCensusDifference"][];
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
    "/api/v1/estate/census-campaigns/{id}/items/{itemId}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核定差异（采纳或驳回） Accept or reject a difference */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "accept" | "reject";
                        reason?: string;
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
                            id: string;
                            campaignId: string;
                            agencyId: string;
                            roomId: string | null;
                            origin: string;
                            snapshot: {
                                buildingName: string;
                                floorName: string;
                                number: string;
                                useClass: string;
                                usableAreaM2: string;
                                occupants: {
                                    personId: string;
                                    name: string;
                                }[];
                            } | null;
                            response: string;
                            buildingId: string | null;
                            floorId: string | null;
                            number: string | null;
                            useClass: string | null;
                            usableAreaM2: string | null;
                            occupants: {
                                personId: string;
                                name: string;
                            }[] | null;
                            note: string | null;
                            /** Format: date-time */
                            respondedAt: string | null;
                            decision: string | null;
                            decisionReason: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
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
    "/api/v1/estate/census-campaigns/{id}/agencies/{agencyId}/reconcile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认单位清查核定完成 Mark an agency reconciled */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    agencyId: string;
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
                        "application/json": components["schemas"]["EstateCensusAgency"];
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
    "/api/v1/estate/reports/allocation-disclosure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办公用房分配年度公示 Yearly allocation disclosure */
        get: {
            parameters: {
                query: {
                    year: number;
                    agencyId?: string;
                    page?: number;
                    pageSize?: number;
                    format?: "json" | "xlsx" | "pdf";
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
                        "application/json": components["schemas"]["EstateAllocationDisclosure"];
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
    "/api/v1/estate/reports/leader-room-filing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 领导干部办公用房备案 Leaders' room filing */
        get: {
            parameters: {
                query: {
                    year: number;
                    agencyId?: string;
                    page?: number;
                    pageSize?: number;
                    format?: "json" | "xlsx" | "pdf";
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
                        "application/json": components["schemas"]["EstateLeaderRoomFiling"];
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
    "/api/v1/estate/leasing/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 出租房源 Listings */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    status?: "open" | "leased" | "withdrawn";
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
                            items: components["schemas"]["EstateLeaseListing"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记出租房源 Create a listing */
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
                        buildingId: string;
                        /** Format: uuid */
                        roomId?: string | null;
                        title: string;
                        areaM2: number;
                        askingMonthlyRentFen: number;
                        description?: string | null;
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
                        "application/json": components["schemas"]["EstateLeaseListing"];
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
    "/api/v1/estate/leasing/listings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 房源详情 Listing */
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
                        "application/json": components["schemas"]["EstateLeaseListing"];
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
    "/api/v1/estate/leasing/listings/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上架或撤回房源 Reopen or withdraw */
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
                        /** @enum {string} */
                        status: "open" | "withdrawn";
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
                        "application/json": components["schemas"]["EstateLeaseListing"];
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
    "/api/v1/estate/leasing/lessees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 承租方 Lessees */
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
                            items: components["schemas"]["EstateLessee"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记承租方 Create a lessee */
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
                        /**
                         * @default company
                         * @enum {string}
                         */
                        kind?: "company" | "person";
                        creditCode?: string | null;
                        contactName?: string | null;
                        contactPhone?: string | null;
                        note?: string | null;
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
                        "application/json": components["schemas"]["EstateLessee"];
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
    "/api/v1/estate/leasing/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 租赁合同 Contracts */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    status?: "active" | "ended" | "terminated";
                    agencyId?: string;
                    endingBefore?: string;
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
                            items: components["schemas"]["EstateLeaseContract"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 签订租赁合同（生成租金计划） Create a contract */
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
                        /** Format: uuid */
                        listingId: string;
                        /** Format: uuid */
                        lesseeId: string;
                        startsOn: string;
                        endsOn: string;
                        monthlyRentFen: number;
                        /** @default 0 */
                        depositFen?: number;
                        cycleMonths: 1 | 3 | 6 | 12;
                        signedOn?: string | null;
                        note?: string | null;
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
                        "application/json": components["schemas"]["EstateLeaseContractDetail"];
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
    "/api/v1/estate/leasing/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 合同详情与租金计划 Contract with schedule */
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
                        "application/json": components["schemas"]["EstateLeaseContractDetail"];
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
    "/api/v1/estate/leasing/contracts/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 终止合同 Terminate a contract */
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
                        endedOn: string;
                        reason: string;
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
                        "application/json": components["schemas"]["EstateLeaseContractDetail"];
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
    "/api/v1/estate/leasing/contracts/{id}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记收款 Record a receipt */
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
                        paidOn: string;
                        amountFen: number;
                        /**
                         * @default transfer
                         * @enum {string}
                         */
                        method?: "transfer" | "cash" | "cheque" | "other";
                        receiptNo?: string | null;
                        note?: string | null;
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
                        "application/json": components["schemas"]["EstateRentReceipt"];
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
    "/api/v1/estate/leasing/arrears": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 欠租报表 Arrears as of a date */
        get: {
            parameters: {
                query: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    asOf: string;
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
                            items: components["schemas"]["EstateRentArrears"][];
                            total: number;
                            asOf: string;
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
    "/api/v1/estate/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 房产划转 List transfers */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    id?: string;
                    status?: "draft" | "submitted" | "approved" | "completed" | "rejected" | "cancelled";
                    target?: "central" | "city-investment";
                    fromAgencyId?: string;
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
                            items: components["schemas"]["EstateTransfer"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 申报房产划转 Create a transfer */
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
                        fromAgencyId?: string;
                        /** @enum {string} */
                        target: "central" | "city-investment";
                        roomIds: string[];
                        reason: string;
                        titleCertNo?: string | null;
                        /** @default [] */
                        fileIds?: string[];
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
                        "application/json": components["schemas"]["EstateTransferDetail"];
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
    "/api/v1/estate/transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 划转详情 Transfer */
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
                        "application/json": components["schemas"]["EstateTransferDetail"];
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
    "/api/v1/estate/transfers/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 添加划转文件（批复、协议、权属证明） Add documents */
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
                        /**
                         * @default other
                         * @enum {string}
                         */
                        kind?: "approval" | "agreement" | "title" | "other";
                        fileIds: string[];
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
                        "application/json": components["schemas"]["EstateTransferDetail"];
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
    "/api/v1/estate/transfers/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交 Submit */
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
                        note?: string;
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
                        "application/json": components["schemas"]["EstateTransferDetail"];
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
    "/api/v1/estate/transfers/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销 Cancel */
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
                        note?: string;
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
                        "application/json": components["schemas"]["EstateTransferDetail"];
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
    "/api/v1/estate/transfers/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核通过 Approve */
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
                        note?: string;
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
                        "application/json": components["schemas"]["EstateTransferDetail"];
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
    "/api/v1/estate/transfers/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回 Reject */
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
                        note?: string;
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
                        "application/json": components["schemas"]["EstateTransferDetail"];
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
    "/api/v1/estate/transfers/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办结（房间移交） Complete */
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
                        note?: string;
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
                        "application/json": components["schemas"]["EstateTransferDetail"];
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
    "/api/v1/estate/inspection-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 专项检查计划 Plans */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    year?: number;
                    status?: "planned" | "in_progress" | "closed";
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
                            items: components["schemas"]["EstateInspectionPlan"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 制定专项检查计划 Create a plan */
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
                        year: number;
                        theme?: string | null;
                        /** @default true */
                        withDiscipline?: boolean;
                        disciplineContact?: string | null;
                        startsOn: string;
                        endsOn: string;
                        agencyIds: string[];
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
                        "application/json": components["schemas"]["EstateInspectionPlan"];
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
    "/api/v1/estate/inspection-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检查计划 Plan */
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
                        "application/json": components["schemas"]["EstateInspectionPlan"];
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
    "/api/v1/estate/inspection-plans/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记现场检查问题 Record a finding */
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
                        /** Format: uuid */
                        agencyId: string;
                        /** Format: uuid */
                        roomId?: string | null;
                        foundOn: string;
                        category: string;
                        description: string;
                        /**
                         * @default minor
                         * @enum {string}
                         */
                        severity?: "minor" | "major";
                        rectifyBy: string;
                        /** @default [] */
                        photoFileIds?: string[];
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
                        "application/json": components["schemas"]["EstateInspectionFindingDetail"];
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
    "/api/v1/estate/inspection-plans/{id}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 生成通报（文本或PDF） Generate the notice */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "pdf";
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EstateInspectionNotice"];
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
    "/api/v1/estate/inspection-findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检查问题与整改 Findings */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    id?: string;
                    planId?: string;
                    status?: "open" | "reported" | "closed";
                    agencyId?: string;
                    overdueOn?: string;
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
                            items: components["schemas"]["EstateInspectionFinding"][];
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
    "/api/v1/estate/inspection-findings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 问题详情 Finding */
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
                        "application/json": components["schemas"]["EstateInspectionFindingDetail"];
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
    "/api/v1/estate/inspection-findings/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 添加现场照片 Add photos */
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
                        fileIds: string[];
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
                        "application/json": components["schemas"]["EstateInspectionFindingDetail"];
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
    "/api/v1/estate/inspection-findings/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报送整改情况 Report rectification */
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
                        text: string;
                        fileIds?: string[];
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
                        "application/json": components["schemas"]["EstateInspectionFindingDetail"];
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
    "/api/v1/estate/inspection-findings/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 整改销号 Close */
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
                        text: string;
                        fileIds?: string[];
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
                        "application/json": components["schemas"]["EstateInspectionFindingDetail"];
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
    "/api/v1/estate/inspection-findings/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 整改不到位，退回 Reopen */
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
                        text: string;
                        fileIds?: string[];
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
                        "application/json": components["schemas"]["EstateInspectionFindingDetail"];
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
    "/api/v1/estate/remote-properties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 市外房产 List */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    city?: string;
                    dueBefore?: string;
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
                            items: components["schemas"]["EstateRemoteProperty"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记市外房产 Create */
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
                        city: string;
                        address: string;
                        /** Format: uuid */
                        agencyId: string;
                        trusteeName: string;
                        trusteeContact?: string | null;
                        /** Format: uuid */
                        trusteeAccountId?: string | null;
                        currentUse: string;
                        areaM2: number;
                        titleCertNo?: string | null;
                        /** @default 3 */
                        reportCycleMonths?: 1 | 3 | 6 | 12;
                        firstReportDue: string;
                        note?: string | null;
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
                        "application/json": components["schemas"]["EstateRemotePropertyDetail"];
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
    "/api/v1/estate/remote-properties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 市外房产详情 Detail */
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
                        "application/json": components["schemas"]["EstateRemotePropertyDetail"];
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
    "/api/v1/estate/remote-properties/{id}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记使用、维修、出租情况 Add a record */
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
                        /** @enum {string} */
                        kind: "use" | "maintenance" | "lease";
                        occurredOn: string;
                        endsOn?: string | null;
                        counterparty?: string | null;
                        amountFen?: number | null;
                        description: string;
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
                        "application/json": components["schemas"]["EstateRemoteRecord"];
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
    "/api/v1/estate/remote-properties/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报送受托报告 File the trustee report */
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
                        submittedOn?: string;
                        occupancy: string;
                        content: string;
                        issues?: string | null;
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
                            dueOn: string;
                            submittedOn: string;
                            occupancy: string;
                            content: string;
                            issues: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            late: boolean;
                            nextReportDue: string;
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
    "/api/v1/estate/activity-rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 离退休干部活动室 List */
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
                            items: components["schemas"]["EstateActivityRoom"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 设为活动室 Flag a room as an activity room */
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
                        roomId: string;
                        /** Format: uuid */
                        agencyId: string;
                        name: string;
                        /** @default 20 */
                        capacity?: number;
                        openDays: number[];
                        opensAt: string;
                        closesAt: string;
                        note?: string | null;
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
                        "application/json": components["schemas"]["EstateActivityRoom"];
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
    "/api/v1/estate/activity-rooms/utilisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 活动室月度使用率 Monthly utilisation */
        get: {
            parameters: {
                query: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    month: string;
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
                            items: components["schemas"]["EstateActivityRoomUtilisation"][];
                            total: number;
                            month: string;
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
    "/api/v1/estate/activity-rooms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 活动室详情 Detail */
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
                        "application/json": components["schemas"]["EstateActivityRoom"];
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
    "/api/v1/estate/activity-rooms/{id}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 活动室预约情况 Schedule */
        get: {
            parameters: {
                query: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    from: unknown;
                    to: unknown;
                    format?: "json" | "xlsx";
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["EstateActivityRoomBooking"][];
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
        /** 预约活动室 Book */
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
                        startsAt: unknown;
                        endsAt: unknown;
                        title: string;
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
                        "application/json": components["schemas"]["EstateActivityRoomBooking"];
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
    "/api/v1/estate/activity-rooms/bookings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消预约 Cancel a booking */
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
                        /** @default 本人取消 */
                        reason?: string;
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
                        "application/json": components["schemas"]["EstateActivityRoomBooking"];
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
    "/api/v1/estate/housing/flats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公租房房源列表 List flats of the reserve */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    status?: "available" | "allocated" | "maintenance" | "withdrawn";
                    regionId?: string;
                    estateName?: string;
                    layout?: string;
                    minAreaM2?: number;
                    maxAreaM2?: number;
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
                            items: components["schemas"]["HousingFlat"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新增房源 Add a flat */
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
                        regionId: string;
                        /** Format: uuid */
                        buildingId?: string | null;
                        estateName: string;
                        buildingName: string;
                        /** @default  */
                        unit?: string;
                        number: string;
                        areaM2: number;
                        layout: string;
                        rentFen: number;
                        note?: string | null;
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
                        "application/json": components["schemas"]["HousingFlat"];
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
    "/api/v1/estate/housing/flats/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 房源详情 Get a flat */
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
                        "application/json": components["schemas"]["HousingFlat"];
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
        /** 修改房源 Update a flat */
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
                        regionId?: string;
                        /** Format: uuid */
                        buildingId?: string | null;
                        estateName?: string;
                        buildingName?: string;
                        /** @default  */
                        unit?: string;
                        number?: string;
                        areaM2?: number;
                        layout?: string;
                        rentFen?: number;
                        note?: string | null;
                        /** @enum {string} */
                        status?: "available" | "maintenance" | "withdrawn";
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
                        "application/json": components["schemas"]["HousingFlat"];
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
        trace?: never;
    };
    "/api/v1/estate/housing/rule-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 准入与评分规则 List rule sets */
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
                            items: components["schemas"]["HousingRuleSet"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建规则 Create a rule set */
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
                        effectiveFrom: string;
                        effectiveTo?: string | null;
                        source: string;
                        body: {
                            criteria: {
                                /** @enum {string} */
                                key: "yearsSinceHire" | "familySize" | "ownsHomeInCity" | "perCapitaAreaM2";
                                /** @enum {string} */
                                op: "lte" | "lt" | "gte" | "gt" | "eq";
                                value: number | boolean;
                            }[];
                            scoring: {
                                /** @enum {string} */
                                key: "yearsSinceHire" | "familySize" | "ownsHomeInCity" | "perCapitaAreaM2";
                                /** @enum {string} */
                                kind: "per-unit" | "flag" | "cap-minus";
                                weight: number;
                                cap?: number;
                            }[];
                            lease: {
                                termMonths: number;
                                depositMonths: number;
                                reminderDays: number[];
                            };
                        };
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
                        "application/json": components["schemas"]["HousingRuleSet"];
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
    "/api/v1/estate/housing/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 批次列表 List rounds */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    status?: "open" | "review" | "notice" | "drawn" | "closed";
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
                            items: components["schemas"]["HousingRound"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建批次 Create a round */
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
                        /** Format: uuid */
                        regionId: string;
                        /** Format: uuid */
                        ruleSetId: string;
                        /** @enum {string} */
                        method: "score" | "lottery";
                        referenceDate: string;
                        applyFrom: string;
                        applyTo: string;
                        quota: number;
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
                        "application/json": components["schemas"]["HousingRound"];
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
    "/api/v1/estate/housing/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 批次详情 Get a round */
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
                        "application/json": components["schemas"]["HousingRound"];
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
    "/api/v1/estate/housing/rounds/{id}/close-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 截止申请 Close applications */
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
                        "application/json": components["schemas"]["HousingRound"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/estate/housing/rounds/{id}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布公示 Publish the notice */
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
                        noticeStart: string;
                        noticeEnd: string;
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
                        "application/json": components["schemas"]["HousingRound"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/estate/housing/rounds/{id}/waiting-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 轮候名单 Waiting list by score or draw rank */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    format?: "json" | "xlsx";
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["HousingApplication"][];
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
    "/api/v1/estate/housing/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公示异议 Raise an objection */
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
                        applicationId: string;
                        text: string;
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
                        "application/json": components["schemas"]["HousingObjection"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/estate/housing/rounds/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 异议列表 Objections of a round */
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
                        "application/json": {
                            items: components["schemas"]["HousingObjection"][];
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
    "/api/v1/estate/housing/rounds/{id}/objections/{objectionId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 处理异议 Resolve an objection */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    objectionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "upheld" | "dismissed";
                        resolution: string;
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
                        "application/json": components["schemas"]["HousingObjection"];
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
    "/api/v1/estate/housing/rounds/{id}/draw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 摇号/排序（记录种子） Draw with a recorded seed */
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
                        publicRandom: string;
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
                        "application/json": components["schemas"]["HousingDraw"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/estate/housing/rounds/{id}/draw/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 复核摇号 Re-run the draw from its recorded inputs */
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
                        publicRandom?: string;
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
                            matches: boolean;
                            algorithm: string;
                            seedMaterial: string;
                            seedHex: string;
                            recordedHash: string;
                            recomputedHash: string;
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
    "/api/v1/estate/housing/rounds/{id}/draw/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 摇号结果公示 The published draw */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "xlsx";
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HousingDrawPublication"];
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
    "/api/v1/estate/housing/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申请列表 List applications */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    roundId?: string;
                    status?: "submitted" | "approved" | "rejected" | "withdrawn" | "allocated" | "waiting";
                    eligible?: "true" | "false";
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
                            items: components["schemas"]["HousingApplication"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 申请公租房（干部本人） Apply for staff housing */
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
                        roundId: string;
                        familySize: number;
                        ownsHomeInCity: boolean;
                        /** @default 0 */
                        currentHousingAreaM2?: number;
                        note?: string | null;
                        /** @default [] */
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
                        "application/json": components["schemas"]["HousingApplication"];
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
    "/api/v1/estate/housing/applications/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的申请 My applications and their status */
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
                            items: components["schemas"]["HousingApplication"][];
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
    "/api/v1/estate/housing/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回我的申请 Withdraw my application */
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
                        "application/json": components["schemas"]["HousingApplication"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/estate/housing/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申请详情 Get an application */
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
                        "application/json": components["schemas"]["HousingApplication"];
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
    "/api/v1/estate/housing/applications/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核申请（通过/驳回，须填理由） Review an application */
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
                        /** @enum {string} */
                        decision: "approve" | "reject";
                        comment: string;
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
                        "application/json": components["schemas"]["HousingApplication"];
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
    "/api/v1/estate/housing/leases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 租约列表 List leases */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "active" | "ended";
                    personId?: string;
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
                            items: components["schemas"]["HousingLeaseRow"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 签订租约（生成月租账单） Sign a lease */
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
                        applicationId?: string;
                        /** Format: uuid */
                        flatId?: string;
                        /** Format: uuid */
                        personId?: string;
                        startDate: string;
                        termMonths?: number;
                        rentFen?: number;
                        depositFen?: number;
                        reminderDays?: number[];
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
                        "application/json": components["schemas"]["HousingLease"];
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
    "/api/v1/estate/housing/leases/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的租约 My lease with bills */
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
                            items: components["schemas"]["HousingLeaseDetail"][];
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
    "/api/v1/estate/housing/leases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 租约详情 Get a lease with bills and checklists */
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
                        "application/json": components["schemas"]["HousingLeaseDetail"];
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
    "/api/v1/estate/housing/leases/{id}/bills/{billId}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记缴租 Record a rent payment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    billId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amountFen: number;
                        paidOn: string;
                        /** @enum {string} */
                        method: "payroll" | "transfer" | "cash" | "other";
                        note?: string | null;
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
                        "application/json": components["schemas"]["HousingBill"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/estate/housing/leases/{id}/checklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 入住/退房交接清单 Record a move-in or move-out checklist */
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
                        /** @enum {string} */
                        kind: "move-in" | "move-out";
                        checkedOn: string;
                        items: {
                            name: string;
                            /** @enum {string} */
                            condition: "good" | "worn" | "damaged" | "missing";
                            note?: string | null;
                            /** @default [] */
                            photoFileIds?: string[];
                        }[];
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
                        "application/json": components["schemas"]["HousingChecklist"];
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
    "/api/v1/estate/housing/leases/{id}/exit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出（腾退房源） End a lease and free the flat */
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
                        /** @enum {string} */
                        reason: "term-ended" | "bought-home" | "left-city" | "transferred" | "retired" | "breach" | "other";
                        exitDate: string;
                        note?: string | null;
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
                        "application/json": components["schemas"]["HousingLease"];
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
    "/api/v1/estate/housing/rounds/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人所在区域正在受理的批次 Rounds open for applications in my region */
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
                            items: components["schemas"]["HousingOpenRound"][];
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
    "/api/v1/estate/housing/rounds/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人所在区域正在公示的批次和名单 Rounds under notice in my region with the approved applicants */
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
                            items: components["schemas"]["HousingNoticeRound"][];
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
    "/api/v1/fleet/vehicles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 车辆台账 List vehicles */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    after?: string;
                    kind?: "confidential" | "emergency" | "law-enforcement" | "special" | "other";
                    energy?: "gasoline" | "diesel" | "bev" | "phev" | "erev" | "hydrogen";
                    status?: "in-use" | "repair" | "sealed" | "suspended" | "pending-disposal" | "disposed";
                    agencyId?: string;
                    newEnergy?: "true" | "false";
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
                            items: components["schemas"]["FleetVehicle"][];
                            total: number;
                            /** @description ?after= of the next page (keyset paging); null on a short page */
                            nextCursor: string | null;
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
        /** 登记车辆（超标/超编须经批准） Register a vehicle */
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
                        plate: string;
                        vin?: string | null;
                        brand: string;
                        model: string;
                        /** @enum {string} */
                        kind: "confidential" | "emergency" | "law-enforcement" | "special" | "other";
                        /** @enum {string} */
                        energy: "gasoline" | "diesel" | "bev" | "phev" | "erev" | "hydrogen";
                        displacementL?: number | null;
                        priceFen: number;
                        purchaseDate: string;
                        /** Format: uuid */
                        agencyId: string;
                        seats: number;
                        tankLitres?: number | null;
                        batteryKwh?: number | null;
                        normPer100km: number;
                        insuranceDue?: string | null;
                        inspectionDue?: string | null;
                        gpsTerminalId?: string | null;
                        nextServiceKm?: number | null;
                        nextServiceDate?: string | null;
                        notes?: string | null;
                        /** Format: uuid */
                        overrideRequestId?: string | null;
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
                        "application/json": components["schemas"]["FleetVehicle"];
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
    "/api/v1/fleet/vehicles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 车辆档案 Get a vehicle */
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
                        "application/json": components["schemas"]["FleetVehicle"];
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
        /** 修改车辆档案 Update a vehicle */
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
                        plate?: string;
                        vin?: string | null;
                        brand?: string;
                        model?: string;
                        /** @enum {string} */
                        kind?: "confidential" | "emergency" | "law-enforcement" | "special" | "other";
                        /** @enum {string} */
                        energy?: "gasoline" | "diesel" | "bev" | "phev" | "erev" | "hydrogen";
                        displacementL?: number | null;
                        priceFen?: number;
                        purchaseDate?: string;
                        /** Format: uuid */
                        agencyId?: string;
                        seats?: number;
                        tankLitres?: number | null;
                        batteryKwh?: number | null;
                        normPer100km?: number;
                        insuranceDue?: string | null;
                        inspectionDue?: string | null;
                        gpsTerminalId?: string | null;
                        nextServiceKm?: number | null;
                        nextServiceDate?: string | null;
                        notes?: string | null;
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
                        "application/json": components["schemas"]["FleetVehicle"];
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
        trace?: never;
    };
    "/api/v1/fleet/vehicles/{id}/seal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 车辆状态变更 seal */
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
                        reason?: string | null;
                        receivingParty?: string | null;
                        /** @enum {string|null} */
                        disposalMethod?: "auction" | "transfer" | "scrap" | "warehouse" | null;
                        documentNo?: string | null;
                        documentFileIds?: string[];
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
                        "application/json": components["schemas"]["FleetVehicleStatusChange"];
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
    "/api/v1/fleet/vehicles/{id}/unseal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 车辆状态变更 unseal */
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
                        reason?: string | null;
                        receivingParty?: string | null;
                        /** @enum {string|null} */
                        disposalMethod?: "auction" | "transfer" | "scrap" | "warehouse" | null;
                        documentNo?: string | null;
                        documentFileIds?: string[];
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
                        "application/json": components["schemas"]["FleetVehicleStatusChange"];
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
    "/api/v1/fleet/vehicles/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 车辆状态变更 suspend */
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
                        reason?: string | null;
                        receivingParty?: string | null;
                        /** @enum {string|null} */
                        disposalMethod?: "auction" | "transfer" | "scrap" | "warehouse" | null;
                        documentNo?: string | null;
                        documentFileIds?: string[];
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
                        "application/json": components["schemas"]["FleetVehicleStatusChange"];
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
    "/api/v1/fleet/vehicles/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 车辆状态变更 resume */
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
                        reason?: string | null;
                        receivingParty?: string | null;
                        /** @enum {string|null} */
                        disposalMethod?: "auction" | "transfer" | "scrap" | "warehouse" | null;
                        documentNo?: string | null;
                        documentFileIds?: string[];
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
                        "application/json": components["schemas"]["FleetVehicleStatusChange"];
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
    "/api/v1/fleet/vehicles/{id}/send-to-repair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 车辆状态变更 send-to-repair */
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
                        reason?: string | null;
                        receivingParty?: string | null;
                        /** @enum {string|null} */
                        disposalMethod?: "auction" | "transfer" | "scrap" | "warehouse" | null;
                        documentNo?: string | null;
                        documentFileIds?: string[];
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
                        "application/json": components["schemas"]["FleetVehicleStatusChange"];
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
    "/api/v1/fleet/vehicles/{id}/return-from-repair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 车辆状态变更 return-from-repair */
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
                        reason?: string | null;
                        receivingParty?: string | null;
                        /** @enum {string|null} */
                        disposalMethod?: "auction" | "transfer" | "scrap" | "warehouse" | null;
                        documentNo?: string | null;
                        documentFileIds?: string[];
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
                        "application/json": components["schemas"]["FleetVehicleStatusChange"];
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
    "/api/v1/fleet/vehicles/{id}/mark-for-disposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 车辆状态变更 mark-for-disposal */
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
                        reason?: string | null;
                        receivingParty?: string | null;
                        /** @enum {string|null} */
                        disposalMethod?: "auction" | "transfer" | "scrap" | "warehouse" | null;
                        documentNo?: string | null;
                        documentFileIds?: string[];
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
                        "application/json": components["schemas"]["FleetVehicleStatusChange"];
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
    "/api/v1/fleet/vehicles/{id}/dispose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 车辆状态变更 dispose */
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
                        reason?: string | null;
                        receivingParty?: string | null;
                        /** @enum {string|null} */
                        disposalMethod?: "auction" | "transfer" | "scrap" | "warehouse" | null;
                        documentNo?: string | null;
                        documentFileIds?: string[];
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
                        "application/json": components["schemas"]["FleetVehicleStatusChange"];
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
    "/api/v1/fleet/vehicles/{id}/status-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 车辆状态变更记录 Status history */
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
                        "application/json": {
                            items: components["schemas"]["FleetVehicleStatusChange"][];
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
    "/api/v1/fleet/vehicles/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 车辆照片和证照 Photos and documents */
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
                        "application/json": {
                            items: {
                                id: string;
                                use: string;
                                filename: string;
                                mime: string;
                                sizeBytes: number;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
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
        /** 上传车辆照片或证照 Attach photos or documents */
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
                        /** @enum {string} */
                        kind: "photo" | "document";
                        fileIds: string[];
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
                            attached: number;
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
    "/api/v1/fleet/vehicle-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记前检查标准和编制 Check a vehicle against standards and quota */
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
                        plate: string;
                        vin?: string | null;
                        brand: string;
                        model: string;
                        /** @enum {string} */
                        kind: "confidential" | "emergency" | "law-enforcement" | "special" | "other";
                        /** @enum {string} */
                        energy: "gasoline" | "diesel" | "bev" | "phev" | "erev" | "hydrogen";
                        displacementL?: number | null;
                        priceFen: number;
                        purchaseDate: string;
                        /** Format: uuid */
                        agencyId: string;
                        seats: number;
                        tankLitres?: number | null;
                        batteryKwh?: number | null;
                        normPer100km: number;
                        insuranceDue?: string | null;
                        inspectionDue?: string | null;
                        gpsTerminalId?: string | null;
                        nextServiceKm?: number | null;
                        nextServiceDate?: string | null;
                        notes?: string | null;
                        /** Format: uuid */
                        overrideRequestId?: string | null;
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
                            breaches: {
                                rule: string;
                                zh: string;
                                en: string;
                                limit: number;
                                actual: number;
                            }[];
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
    "/api/v1/fleet/quota-usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 编制使用情况 Quota and holding per agency and kind */
        get: {
            parameters: {
                query?: {
                    agencyId?: string;
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
                                agencyId: string;
                                agencyName: string;
                                kind: string;
                                quota: number;
                                approvalRef: string | null;
                                held: number;
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
    "/api/v1/fleet/override-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 超标/超编申请 List override requests */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    status?: string;
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
                            items: components["schemas"]["FleetOverrideRequest"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 提交超标/超编配备申请 Request an override */
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
                        vehicle: {
                            plate: string;
                            vin?: string | null;
                            brand: string;
                            model: string;
                            /** @enum {string} */
                            kind: "confidential" | "emergency" | "law-enforcement" | "special" | "other";
                            /** @enum {string} */
                            energy: "gasoline" | "diesel" | "bev" | "phev" | "erev" | "hydrogen";
                            displacementL?: number | null;
                            priceFen: number;
                            purchaseDate: string;
                            /** Format: uuid */
                            agencyId: string;
                            seats: number;
                            tankLitres?: number | null;
                            batteryKwh?: number | null;
                            normPer100km: number;
                            insuranceDue?: string | null;
                            inspectionDue?: string | null;
                            gpsTerminalId?: string | null;
                            nextServiceKm?: number | null;
                            nextServiceDate?: string | null;
                            notes?: string | null;
                        };
                        reason: string;
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
                        "application/json": components["schemas"]["FleetOverrideRequest"];
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
    "/api/v1/fleet/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公务用车参数 Fleet settings */
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
                                value: number;
                                unit: string | null;
                                source: string;
                                note: string | null;
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
    "/api/v1/fleet/settings/{code}": {
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
        /** 修改公务用车参数 Update a fleet setting */
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
                        value: number;
                        source: string;
                        note?: string | null;
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
                            code: string;
                            value: number;
                            source: string;
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
        trace?: never;
    };
    "/api/v1/fleet/standards/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 配备标准新版本（原版本于前一日终止） Add a version of a standard */
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
                        effectiveFrom: string;
                        effectiveTo?: string | null;
                        maxPriceFen: number | null;
                        maxDisplacementL: number | null;
                        source: string;
                        note?: string | null;
                        maxSeats?: number | null;
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
                        "application/json": components["schemas"]["FleetStandard"];
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
    "/api/v1/fleet/reports/nev-share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 新能源汽车占比 NEV share of the fleet and of the year's purchases */
        get: {
            parameters: {
                query: {
                    year: number;
                    agencyId?: string;
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
                            year: number;
                            minShare: number;
                            source: string;
                            fleet: {
                                nev: number;
                                total: number;
                                share: number;
                                minShare: number;
                                meets: boolean;
                            };
                            purchased: {
                                nev: number;
                                total: number;
                                share: number;
                                minShare: number;
                                meets: boolean;
                            };
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/standards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 配备标准列表 List vehicle standard */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    kind?: string;
                    code?: string;
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
                            items: components["schemas"]["FleetStandard"][];
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
        /** 新增配备标准 Create vehicle standard */
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
                        /** @enum {string|null} */
                        kind: "confidential" | "emergency" | "law-enforcement" | "special" | "other" | null;
                        /** @enum {string} */
                        energyClass: "any" | "nev" | "ice";
                        maxSeats: number | null;
                        maxPriceFen: number | null;
                        maxDisplacementL: number | null;
                        effectiveFrom: string;
                        effectiveTo?: string | null;
                        source: string;
                        note?: string | null;
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
                        "application/json": components["schemas"]["FleetStandard"];
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
    "/api/v1/fleet/standards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 配备标准详情 Get vehicle standard */
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
                        "application/json": components["schemas"]["FleetStandard"];
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
        /** 修改配备标准 Update vehicle standard */
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
                        nameZh?: string;
                        nameEn?: string;
                        /** @enum {string|null} */
                        kind?: "confidential" | "emergency" | "law-enforcement" | "special" | "other" | null;
                        /** @enum {string} */
                        energyClass?: "any" | "nev" | "ice";
                        maxSeats?: number | null;
                        maxPriceFen?: number | null;
                        maxDisplacementL?: number | null;
                        effectiveFrom?: string;
                        effectiveTo?: string | null;
                        source?: string;
                        note?: string | null;
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
                        "application/json": components["schemas"]["FleetStandard"];
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
    "/api/v1/fleet/quotas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 车辆编制列表 List vehicle quota */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    agencyId?: string;
                    kind?: string;
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
                            items: components["schemas"]["FleetQuota"][];
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
        /** 新增车辆编制 Create vehicle quota */
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
                        /** @enum {string} */
                        kind: "confidential" | "emergency" | "law-enforcement" | "special" | "other";
                        quota: number;
                        approvalRef?: string | null;
                        note?: string | null;
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
                        "application/json": components["schemas"]["FleetQuota"];
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
    "/api/v1/fleet/quotas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 车辆编制详情 Get vehicle quota */
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
                        "application/json": components["schemas"]["FleetQuota"];
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
        /** 修改车辆编制 Update vehicle quota */
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
                        agencyId?: string;
                        /** @enum {string} */
                        kind?: "confidential" | "emergency" | "law-enforcement" | "special" | "other";
                        quota?: number;
                        approvalRef?: string | null;
                        note?: string | null;
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
                        "application/json": components["schemas"]["FleetQuota"];
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
    "/api/v1/fleet/drivers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 驾驶员列表 List driver */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    agencyId?: string;
                    status?: string;
                    licenceClass?: string;
                    emergencyTeam?: "true" | "false";
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
                            items: components["schemas"]["FleetDriver"][];
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
        /** 新增驾驶员 Create driver */
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
                        personId?: string | null;
                        name: string;
                        /** Format: uuid */
                        agencyId: string;
                        /** @enum {string} */
                        licenceClass: "A1" | "A2" | "A3" | "B1" | "B2" | "C1" | "C2";
                        licenceExpiry: string;
                        emergencyTeam?: boolean;
                        /** @enum {string} */
                        status?: "active" | "suspended" | "left";
                        notes?: string | null;
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
                        "application/json": components["schemas"]["FleetDriver"];
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
    "/api/v1/fleet/drivers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 驾驶员详情 Get driver */
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
                        "application/json": components["schemas"]["FleetDriver"];
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
        /** 修改驾驶员 Update driver */
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
                        personId?: string | null;
                        name?: string;
                        /** Format: uuid */
                        agencyId?: string;
                        /** @enum {string} */
                        licenceClass?: "A1" | "A2" | "A3" | "B1" | "B2" | "C1" | "C2";
                        licenceExpiry?: string;
                        emergencyTeam?: boolean;
                        /** @enum {string} */
                        status?: "active" | "suspended" | "left";
                        notes?: string | null;
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
                        "application/json": components["schemas"]["FleetDriver"];
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
    "/api/v1/fleet/driver-trainings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 驾驶员培训记录列表 List driver training */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    driverId?: string;
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
                            items: components["schemas"]["FleetDriverTraining"][];
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
        /** 新增驾驶员培训记录 Create driver training */
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
                        driverId: string;
                        heldOn: string;
                        title: string;
                        hours: number;
                        provider?: string | null;
                        /** @enum {string} */
                        result?: "passed" | "failed" | "attended";
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
                        "application/json": components["schemas"]["FleetDriverTraining"];
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
    "/api/v1/fleet/driver-trainings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 驾驶员培训记录详情 Get driver training */
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
                        "application/json": components["schemas"]["FleetDriverTraining"];
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
        /** 修改驾驶员培训记录 Update driver training */
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
                        driverId?: string;
                        heldOn?: string;
                        title?: string;
                        hours?: number;
                        provider?: string | null;
                        /** @enum {string} */
                        result?: "passed" | "failed" | "attended";
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
                        "application/json": components["schemas"]["FleetDriverTraining"];
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
    "/api/v1/fleet/driver-safety": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 驾驶员安全记录列表 List driver safety record */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    driverId?: string;
                    agencyId?: string;
                    kind?: string;
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
                            items: components["schemas"]["FleetDriverSafety"][];
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
        /** 新增驾驶员安全记录 Create driver safety record */
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
                        driverId: string;
                        occurredOn: string;
                        /** @enum {string} */
                        kind: "commendation" | "violation" | "accident" | "complaint";
                        description: string;
                        points?: number;
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
                        "application/json": components["schemas"]["FleetDriverSafety"];
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
    "/api/v1/fleet/driver-safety/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 驾驶员安全记录详情 Get driver safety record */
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
                        "application/json": components["schemas"]["FleetDriverSafety"];
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
        /** 修改驾驶员安全记录 Update driver safety record */
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
                        driverId?: string;
                        occurredOn?: string;
                        /** @enum {string} */
                        kind?: "commendation" | "violation" | "accident" | "complaint";
                        description?: string;
                        points?: number;
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
                        "application/json": components["schemas"]["FleetDriverSafety"];
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
    "/api/v1/fleet/driver-roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 驾驶员排班 Duty roster */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    agencyId?: string;
                    driverId?: string;
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
                                driverId: string;
                                driverName: string;
                                agencyId: string;
                                day: string;
                                shift: string;
                                note: string | null;
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
        /** 设置排班 Set a shift */
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
                        /** Format: uuid */
                        driverId: string;
                        day: string;
                        /** @enum {string} */
                        shift: "day" | "night" | "standby" | "off";
                        note?: string | null;
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
                            id: string;
                            driverId: string;
                            agencyId: string;
                            day: string;
                            shift: string;
                            note: string | null;
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/driver-roster/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 保存排班表（多名驾驶员多天，一次提交） Save a roster grid */
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
                        entries: {
                            /** Format: uuid */
                            driverId: string;
                            day: string;
                            /** @enum {string|null} */
                            shift: "day" | "night" | "standby" | "off" | null;
                            note?: string | null;
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
                            set: number;
                            cleared: number;
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
    "/api/v1/fleet/drivers-available": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可派驾驶员 Drivers that may be offered for a window */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    seats?: number;
                    licenceClass?: "A1" | "A2" | "A3" | "B1" | "B2" | "C1" | "C2";
                    agencyId?: string;
                    emergencyOnly?: "true" | "false";
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
                            items: components["schemas"]["FleetDriver"][];
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
    "/api/v1/fleet/shops": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 维修厂列表 List repair shop */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    designated?: "true" | "false";
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
                            items: components["schemas"]["FleetShop"][];
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
        /** 新增维修厂 Create repair shop */
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
                        address?: string | null;
                        contact?: string | null;
                        phone?: string | null;
                        designated?: boolean;
                        contractFrom?: string | null;
                        contractTo?: string | null;
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
                        "application/json": components["schemas"]["FleetShop"];
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
    "/api/v1/fleet/shops/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 维修厂详情 Get repair shop */
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
                        "application/json": components["schemas"]["FleetShop"];
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
        /** 修改维修厂 Update repair shop */
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
                        address?: string | null;
                        contact?: string | null;
                        phone?: string | null;
                        designated?: boolean;
                        contractFrom?: string | null;
                        contractTo?: string | null;
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
                        "application/json": components["schemas"]["FleetShop"];
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
    "/api/v1/fleet/repairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 维修保养记录 List repairs */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    vehicleId?: string;
                    agencyId?: string;
                    status?: string;
                    shopId?: string;
                    kind?: string;
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
                            items: components["schemas"]["FleetRepair"][];
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
        /** 维修/保养申请（提交审批） Request a repair */
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
                        vehicleId: string;
                        /** Format: uuid */
                        shopId?: string | null;
                        /** @enum {string} */
                        kind: "repair" | "maintenance";
                        description: string;
                        estimateFen: number;
                        requestedOn?: string;
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
                        "application/json": components["schemas"]["FleetRepair"];
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
    "/api/v1/fleet/repairs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 维修单详情 Get a repair */
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
                        "application/json": components["schemas"]["FleetRepair"];
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
    "/api/v1/fleet/repairs/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 维修完工登记（里程写入里程表时间线） Complete a repair */
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
                        partsFen: number;
                        labourFen: number;
                        invoiceFen: number;
                        invoiceNo: string;
                        completedOn: string;
                        odometerKm?: number | null;
                        /** Format: date-time */
                        odometerAt?: string | null;
                        nextServiceKm?: number | null;
                        nextServiceDate?: string | null;
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
                        "application/json": components["schemas"]["FleetRepair"];
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
    "/api/v1/fleet/insurances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 保险单列表 List insurance policy */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    vehicleId?: string;
                    agencyId?: string;
                    kind?: string;
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
                            items: components["schemas"]["FleetInsurance"][];
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
        /** 新增保险单 Create insurance policy */
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
                        vehicleId: string;
                        insurer: string;
                        policyNo: string;
                        /** @enum {string} */
                        kind: "compulsory" | "commercial";
                        startsOn: string;
                        endsOn: string;
                        premiumFen: number;
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
                        "application/json": components["schemas"]["FleetInsurance"];
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
    "/api/v1/fleet/insurances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 保险单详情 Get insurance policy */
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
                        "application/json": components["schemas"]["FleetInsurance"];
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
        /** 修改保险单 Update insurance policy */
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
                        vehicleId?: string;
                        insurer?: string;
                        policyNo?: string;
                        /** @enum {string} */
                        kind?: "compulsory" | "commercial";
                        startsOn?: string;
                        endsOn?: string;
                        premiumFen?: number;
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
                        "application/json": components["schemas"]["FleetInsurance"];
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
    "/api/v1/fleet/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年检记录列表 List annual inspection */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    vehicleId?: string;
                    agencyId?: string;
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
                            items: components["schemas"]["FleetInspection"][];
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
        /** 新增年检记录 Create annual inspection */
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
                        vehicleId: string;
                        inspectedOn: string;
                        nextDue: string;
                        /** @enum {string} */
                        result: "passed" | "failed";
                        station?: string | null;
                        costFen?: number;
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
                        "application/json": components["schemas"]["FleetInspection"];
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
    "/api/v1/fleet/inspections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年检记录详情 Get annual inspection */
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
                        "application/json": components["schemas"]["FleetInspection"];
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
        /** 修改年检记录 Update annual inspection */
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
                        vehicleId?: string;
                        inspectedOn?: string;
                        nextDue?: string;
                        /** @enum {string} */
                        result?: "passed" | "failed";
                        station?: string | null;
                        costFen?: number;
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
                        "application/json": components["schemas"]["FleetInspection"];
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
    "/api/v1/fleet/violations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 违章记录列表 List traffic violation */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    vehicleId?: string;
                    agencyId?: string;
                    driverId?: string;
                    status?: string;
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
                            items: components["schemas"]["FleetViolation"][];
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
        /** 新增违章记录 Create traffic violation */
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
                        vehicleId: string;
                        /** Format: uuid */
                        driverId?: string | null;
                        /** Format: date-time */
                        occurredAt: string;
                        place: string;
                        description: string;
                        fineFen?: number;
                        points?: number;
                        /** @enum {string} */
                        status?: "open" | "handled";
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
                        "application/json": components["schemas"]["FleetViolation"];
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
    "/api/v1/fleet/violations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 违章记录详情 Get traffic violation */
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
                        "application/json": components["schemas"]["FleetViolation"];
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
        /** 修改违章记录 Update traffic violation */
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
                        vehicleId?: string;
                        /** Format: uuid */
                        driverId?: string | null;
                        /** Format: date-time */
                        occurredAt?: string;
                        place?: string;
                        description?: string;
                        fineFen?: number;
                        points?: number;
                        /** @enum {string} */
                        status?: "open" | "handled";
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
                        "application/json": components["schemas"]["FleetViolation"];
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
    "/api/v1/fleet/accidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事故记录列表 List accident */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    vehicleId?: string;
                    agencyId?: string;
                    driverId?: string;
                    severity?: string;
                    status?: string;
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
                            items: components["schemas"]["FleetAccident"][];
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
        /** 新增事故记录 Create accident */
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
                        vehicleId: string;
                        /** Format: uuid */
                        driverId?: string | null;
                        /** Format: date-time */
                        occurredAt: string;
                        place: string;
                        description: string;
                        /** @enum {string} */
                        severity: "minor" | "moderate" | "major";
                        /** @enum {string|null} */
                        liability?: "full" | "main" | "equal" | "minor" | "none" | null;
                        lossFen?: number;
                        /** @enum {string} */
                        status?: "open" | "closed";
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
                        "application/json": components["schemas"]["FleetAccident"];
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
    "/api/v1/fleet/accidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事故记录详情 Get accident */
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
                        "application/json": components["schemas"]["FleetAccident"];
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
        /** 修改事故记录 Update accident */
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
                        vehicleId?: string;
                        /** Format: uuid */
                        driverId?: string | null;
                        /** Format: date-time */
                        occurredAt?: string;
                        place?: string;
                        description?: string;
                        /** @enum {string} */
                        severity?: "minor" | "moderate" | "major";
                        /** @enum {string|null} */
                        liability?: "full" | "main" | "equal" | "minor" | "none" | null;
                        lossFen?: number;
                        /** @enum {string} */
                        status?: "open" | "closed";
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
                        "application/json": components["schemas"]["FleetAccident"];
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
    "/api/v1/fleet/charging-stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 充电站列表 List charging station */
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
                            items: components["schemas"]["FleetChargingStation"][];
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
        /** 新增充电站 Create charging station */
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
                        address?: string | null;
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
                        "application/json": components["schemas"]["FleetChargingStation"];
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
    "/api/v1/fleet/charging-stations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 充电站详情 Get charging station */
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
                        "application/json": components["schemas"]["FleetChargingStation"];
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
        /** 修改充电站 Update charging station */
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
                        agencyId?: string;
                        name?: string;
                        address?: string | null;
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
                        "application/json": components["schemas"]["FleetChargingStation"];
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
    "/api/v1/fleet/charging-piles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 充电桩列表 List charging pile */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    stationId?: string;
                    agencyId?: string;
                    kind?: string;
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
                            items: components["schemas"]["FleetChargingPile"][];
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
        /** 新增充电桩 Create charging pile */
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
                        stationId: string;
                        code: string;
                        /** @enum {string} */
                        kind: "ac" | "dc";
                        powerKw: number;
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
                        "application/json": components["schemas"]["FleetChargingPile"];
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
    "/api/v1/fleet/charging-piles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 充电桩详情 Get charging pile */
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
                        "application/json": components["schemas"]["FleetChargingPile"];
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
        /** 修改充电桩 Update charging pile */
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
                        stationId?: string;
                        code?: string;
                        /** @enum {string} */
                        kind?: "ac" | "dc";
                        powerKw?: number;
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
                        "application/json": components["schemas"]["FleetChargingPile"];
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
    "/api/v1/fleet/charging-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 充电记录列表 List charging session */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    pileId?: string;
                    agencyId?: string;
                    vehicleId?: string;
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
                            items: components["schemas"]["FleetChargingSession"][];
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
        /** 新增充电记录 Create charging session */
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
                        pileId: string;
                        /** Format: uuid */
                        vehicleId?: string | null;
                        /** Format: date-time */
                        startedAt: string;
                        /** Format: date-time */
                        endedAt: string;
                        kwh: number;
                        amountFen?: number;
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
                        "application/json": components["schemas"]["FleetChargingSession"];
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
    "/api/v1/fleet/charging-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 充电记录详情 Get charging session */
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
                        "application/json": components["schemas"]["FleetChargingSession"];
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
        /** 删除充电记录 Delete charging session */
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
        /** 修改充电记录 Update charging session */
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
                        pileId?: string;
                        /** Format: uuid */
                        vehicleId?: string | null;
                        /** Format: date-time */
                        startedAt?: string;
                        /** Format: date-time */
                        endedAt?: string;
                        kwh?: number;
                        amountFen?: number;
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
                        "application/json": components["schemas"]["FleetChargingSession"];
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
    "/api/v1/fleet/special-inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 专项检查列表 List special inspection */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    agencyId?: string;
                    status?: string;
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
                            items: components["schemas"]["FleetSpecialInspection"][];
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
        /** 新增专项检查 Create special inspection */
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
                        title: string;
                        inspectedOn: string;
                        inspectors?: string | null;
                        summary?: string | null;
                        /** @enum {string} */
                        status?: "open" | "closed";
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
                        "application/json": components["schemas"]["FleetSpecialInspection"];
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
    "/api/v1/fleet/special-inspections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 专项检查详情 Get special inspection */
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
                        "application/json": components["schemas"]["FleetSpecialInspection"];
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
        /** 修改专项检查 Update special inspection */
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
                        agencyId?: string;
                        title?: string;
                        inspectedOn?: string;
                        inspectors?: string | null;
                        summary?: string | null;
                        /** @enum {string} */
                        status?: "open" | "closed";
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
                        "application/json": components["schemas"]["FleetSpecialInspection"];
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
    "/api/v1/fleet/inspection-findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检查发现问题列表 List inspection finding */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    inspectionId?: string;
                    agencyId?: string;
                    vehicleId?: string;
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
                            items: components["schemas"]["FleetInspectionFinding"][];
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
        /** 新增检查发现问题 Create inspection finding */
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
                        inspectionId: string;
                        /** Format: uuid */
                        vehicleId?: string | null;
                        description: string;
                        deadline: string;
                        rectifiedOn?: string | null;
                        rectification?: string | null;
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
                        "application/json": components["schemas"]["FleetInspectionFinding"];
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
    "/api/v1/fleet/inspection-findings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检查发现问题详情 Get inspection finding */
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
                        "application/json": components["schemas"]["FleetInspectionFinding"];
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
        /** 修改检查发现问题 Update inspection finding */
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
                        inspectionId?: string;
                        /** Format: uuid */
                        vehicleId?: string | null;
                        description?: string;
                        deadline?: string;
                        rectifiedOn?: string | null;
                        rectification?: string | null;
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
                        "application/json": components["schemas"]["FleetInspectionFinding"];
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
    "/api/v1/fleet/sealings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 节假日封存列表 List holiday sealing */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
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
                            items: components["schemas"]["FleetSealing"][];
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
        /** 新增节假日封存 Create holiday sealing */
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
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string;
                        note?: string | null;
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
                        "application/json": components["schemas"]["FleetSealing"];
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
    "/api/v1/fleet/sealings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 节假日封存详情 Get holiday sealing */
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
                        "application/json": components["schemas"]["FleetSealing"];
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
        /** 修改节假日封存 Update holiday sealing */
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
                        /** Format: date-time */
                        startsAt?: string;
                        /** Format: date-time */
                        endsAt?: string;
                        note?: string | null;
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
                        "application/json": components["schemas"]["FleetSealing"];
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
    "/api/v1/fleet/sealings/{id}/vehicles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 封存清单车辆 Vehicles on a sealing list */
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
                        "application/json": {
                            items: {
                                vehicleId: string;
                                plate: string;
                                kind: string;
                                agencyId: string;
                                parkedAt: string | null;
                            }[];
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
        /** 列入封存清单 Add vehicles to a sealing list */
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
                        vehicleIds?: string[];
                        allInUseExceptKinds?: ("confidential" | "emergency" | "law-enforcement" | "special" | "other")[];
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
                            added: number;
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
    "/api/v1/fleet/sealings/{id}/vehicles/{vehicleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 移出封存清单 Remove a vehicle from a sealing list */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    vehicleId: string;
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
                            removed: number;
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
    "/api/v1/fleet/reports/utilisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 车辆使用率 Utilisation per vehicle */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    agencyId?: string;
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
                            items: {
                                vehicleId: string;
                                plate: string;
                                agencyId: string;
                                agencyName: string;
                                km: number;
                                trips: number;
                                daysUsed: number;
                                daysAvailable: number;
                                utilisation: number;
                            }[];
                            total: number;
                            days: number;
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
    "/api/v1/fleet/reports/agency-utilisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位车辆使用率 Utilisation per agency */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
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
                                agencyId: string;
                                agencyName: string;
                                vehicles: number;
                                km: number;
                                trips: number;
                                daysUsed: number;
                                daysAvailable: number;
                                utilisation: number;
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
    "/api/v1/fleet/reports/agency-mileage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位车辆里程及后列单位 Mileage per agency and the bottom list */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    limit?: number;
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
                            agencies: {
                                agencyId: string;
                                agencyName: string;
                                vehicles: number;
                                km: number;
                                trips: number;
                            }[];
                            bottom: {
                                rank: number;
                                agencyId: string;
                                agencyName: string;
                                vehicles: number;
                                km: number;
                                trips: number;
                                kmPerVehicle: number;
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
    "/api/v1/fleet/reports/charging-kwh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 充电量按月统计 Charging kWh per agency and month */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    agencyId?: string;
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
                                agencyId: string;
                                month: string;
                                kwh: number;
                                amountFen: number;
                                sessions: number;
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
    "/api/v1/fleet/vehicles/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 车辆全生命周期时间线 Vehicle life timeline */
        get: {
            parameters: {
                query?: {
                    kinds?: string;
                    limit?: number;
                    before?: string;
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                at: string;
                                /** @enum {string} */
                                kind: "status" | "trip" | "fuel" | "charging" | "repair" | "insurance" | "inspection" | "violation" | "accident";
                                title: string;
                                amountFen: number | null;
                                km: number | null;
                                refId: string;
                            }[];
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
    "/api/v1/fleet/fuel-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 加油/充电记录 List fuel and charging records */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    vehicleId?: string;
                    agencyId?: string;
                    from?: string;
                    to?: string;
                    kind?: "fuel" | "charge";
                    flagged?: "true" | "false";
                    full?: "true" | "false";
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
                            items: components["schemas"]["FleetFuelRecord"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记加油/充电 Record a fill or charge */
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
                        vehicleId: string;
                        /** Format: date-time */
                        filledAt: string;
                        odometerKm: number;
                        litres?: number | null;
                        kwh?: number | null;
                        amountFen: number;
                        /** @default true */
                        full?: boolean;
                        /** @default false */
                        missedPrevious?: boolean;
                        station?: string | null;
                        cardNo?: string | null;
                        notes?: string | null;
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
                        "application/json": components["schemas"]["FleetFuelRecord"];
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
    "/api/v1/fleet/fuel-records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 加油记录详情 Get a fuel record */
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
                        "application/json": components["schemas"]["FleetFuelRecord"];
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
        /** 删除加油记录 Delete a fuel record */
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
        /** 修改加油记录 Edit a fuel record */
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
                        /** Format: date-time */
                        filledAt?: string;
                        odometerKm?: number;
                        litres?: number | null;
                        kwh?: number | null;
                        amountFen?: number;
                        /** @default true */
                        full?: boolean;
                        /** @default false */
                        missedPrevious?: boolean;
                        station?: string | null;
                        cardNo?: string | null;
                        notes?: string | null;
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
                        "application/json": components["schemas"]["FleetFuelRecord"];
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
    "/api/v1/fleet/vehicles/{id}/consumption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单车油耗（满油法） Consumption by the full-to-full method */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FleetConsumption"];
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/vehicles/{id}/odometer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 里程表时间线 Odometer timeline */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    format?: "json" | "xlsx";
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** Format: date-time */
                                at: string;
                                km: number;
                                source: string;
                                sourceId: string;
                                flags: string[];
                                /** Format: date-time */
                                enteredAt: string;
                            }[];
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
    "/api/v1/fleet/reports/fuel-disclosure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 百里油耗公示 Monthly fuel-consumption disclosure */
        get: {
            parameters: {
                query: {
                    month: string;
                    agencyId?: string;
                    kind?: string;
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
                        "application/json": components["schemas"]["FleetDisclosure"];
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
    "/api/v1/fleet/reports/fuel-disclosure.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 百里油耗公示（PDF） Printable disclosure */
        get: {
            parameters: {
                query: {
                    month: string;
                    agencyId?: string;
                    kind?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
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
    "/api/v1/fleet/reports/fuel-rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 节油奖 Fuel-saving rewards of a month */
        get: {
            parameters: {
                query: {
                    month: string;
                    agencyId?: string;
                    kind?: string;
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
                        "application/json": components["schemas"]["FleetFuelRewards"];
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/vehicles/{id}/costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单车成本核算 Total cost of ownership of a vehicle */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FleetVehicleCost"];
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/reports/vehicle-costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 车辆成本汇总 Fleet-wide cost of ownership */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    agencyId?: string;
                    asOf?: string;
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
                            items: components["schemas"]["FleetVehicleCost"][];
                            total: number;
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fleet/trip-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用车申请列表（本人/本单位/全部，按数据范围） List trip requests */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    status?: string;
                    mine?: "true" | "false";
                    agencyId?: string;
                    from?: string;
                    to?: string;
                    format?: "xlsx";
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
                            items: components["schemas"]["FleetTripRequest"][];
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
        /** 提交用车申请（进入审批） File a trip request */
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
                        passengerCount: number;
                        passengerNames?: string[];
                        origin: string;
                        destinations: string[];
                        destLat?: number | null;
                        destLon?: number | null;
                        /** Format: date-time */
                        plannedStart: string;
                        /** Format: date-time */
                        plannedEnd: string;
                        purpose: string;
                        /** @default true */
                        inCity?: boolean;
                        /** @default true */
                        needDriver?: boolean;
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
                        "application/json": components["schemas"]["FleetTripRequest"];
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
    "/api/v1/fleet/trip-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用车申请详情（含审批和出车记录） A trip request with its history */
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
                        "application/json": components["schemas"]["FleetTripRequestDetail"];
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
    "/api/v1/fleet/trip-requests/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回用车申请 Withdraw a trip request */
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
                        "application/json": components["schemas"]["FleetTripRequest"];
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
    "/api/v1/fleet/trip-requests/{id}/resubmit": {
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
                        passengerCount: number;
                        passengerNames?: string[];
                        origin: string;
                        destinations: string[];
                        destLat?: number | null;
                        destLon?: number | null;
                        /** Format: date-time */
                        plannedStart: string;
                        /** Format: date-time */
                        plannedEnd: string;
                        purpose: string;
                        /** @default true */
                        inCity?: boolean;
                        /** @default true */
                        needDriver?: boolean;
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
                        "application/json": components["schemas"]["FleetTripRequest"];
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
    "/api/v1/fleet/trip-requests/{id}/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 评价出车 Rate the trip */
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
                        rating: number;
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
                        "application/json": components["schemas"]["FleetTripRequest"];
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
    "/api/v1/fleet/trip-requests/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 派车（车辆，需要时加驾驶员） Dispatch a trip request */
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
                        /** Format: uuid */
                        vehicleId: string;
                        /** Format: uuid */
                        driverId?: string | null;
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
                        "application/json": components["schemas"]["FleetTripDetail"];
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
    "/api/v1/fleet/trip-requests/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 派车建议（可用车辆和驾驶员，排序及理由） Ranked free vehicles and drivers */
        get: {
            parameters: {
                query?: {
                    vehicleId?: string;
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FleetDispatchSuggestions"];
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
    "/api/v1/fleet/dispatch/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按时段查可用车辆和驾驶员（应急出车用） Free vehicles and drivers for a window */
        get: {
            parameters: {
                query: {
                    agencyId: string;
                    from: string;
                    to: string;
                    passengers?: number;
                    inCity?: "true" | "false";
                    needDriver?: "true" | "false";
                    emergency?: "true" | "false";
                    vehicleId?: string;
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
                        "application/json": components["schemas"]["FleetDispatchSuggestions"];
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
    "/api/v1/fleet/dispatch/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可派车的单位（应急出车选单位用） Agencies the dispatcher may dispatch for */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
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
                        "application/json": components["schemas"]["FleetDispatchAgencies"];
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
    "/api/v1/fleet/carpool-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 拼车建议 Carpool proposals */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
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
                        "application/json": components["schemas"]["FleetCarpoolProposals"];
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
    "/api/v1/fleet/carpool-proposals/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 拼车派车（多个申请合为一次出车） Dispatch several requests onto one trip */
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
                        vehicleId: string;
                        /** Format: uuid */
                        driverId?: string | null;
                        requestIds: string[];
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
                        "application/json": components["schemas"]["FleetTripDetail"];
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
    "/api/v1/fleet/trips/emergency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 应急出车（免审批，事后复核） Emergency dispatch */
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
                        vehicleId: string;
                        /** Format: uuid */
                        driverId?: string | null;
                        /** Format: uuid */
                        agencyId: string;
                        /** Format: date-time */
                        plannedStart: string;
                        /** Format: date-time */
                        plannedEnd: string;
                        origin: string;
                        destination: string;
                        purpose: string;
                        /** @default 0 */
                        passengerCount?: number;
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
                        "application/json": components["schemas"]["FleetTripDetail"];
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
    "/api/v1/fleet/trips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 出车记录 List trips */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    status?: string;
                    vehicleId?: string;
                    driverId?: string;
                    agencyId?: string;
                    emergency?: "true" | "false";
                    reviewFlag?: "true" | "false";
                    from?: string;
                    to?: string;
                    format?: "xlsx";
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
                            items: components["schemas"]["FleetTrip"][];
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
    "/api/v1/fleet/trips/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的出车任务（驾驶员） My trips as a driver */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                    q?: string;
                    status?: string;
                    vehicleId?: string;
                    driverId?: string;
                    agencyId?: string;
                    emergency?: "true" | "false";
                    reviewFlag?: "true" | "false";
                    from?: string;
                    to?: string;
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
                            items: components["schemas"]["FleetTrip"][];
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
    "/api/v1/fleet/trips/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 出车任务详情 A trip */
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
                        "application/json": components["schemas"]["FleetTripDetail"];
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
    "/api/v1/fleet/trips/{id}/depart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记出车（时间、里程表） Record the departure */
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
                        /** Format: date-time */
                        at: string;
                        odometerKm: number;
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
                        "application/json": components["schemas"]["FleetTripDetail"];
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
    "/api/v1/fleet/trips/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记收车（时间、里程表、过路停车等费用，分） Record the return */
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
                        /** Format: date-time */
                        at: string;
                        odometerKm: number;
                        tollFen?: number;
                        parkingFen?: number;
                        otherFen?: number;
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
                        "application/json": components["schemas"]["FleetTripDetail"];
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
    "/api/v1/fleet/trips/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消出车（释放车辆和驾驶员） Cancel a trip */
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
                        reason: string;
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
                        "application/json": components["schemas"]["FleetTripDetail"];
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
    "/api/v1/fleet/trips/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 复核应急出车 Review an emergency trip */
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
                        comment: string;
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
                        "application/json": components["schemas"]["FleetTripDetail"];
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
    "/api/v1/fleet/trips/{id}/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入 GPS 轨迹（GPX 或 CSV：lat,lon,time） Import a GPS track */
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
                    "application/gpx+xml": string;
                    "application/xml": string;
                    "text/xml": string;
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FleetTripDetail"];
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
        PersonMovementInput: {
            id: string;
            personId: string;
            kind: string;
            effectiveDate: string;
            toAgencyId: string | null;
            sidePost: string | null;
            note: string | null;
            createdAt: unknown;
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
        EstateAssignmentInput: {
            id: string;
            personId: string;
            personName: string;
            post: string | null;
            roomId: string;
            roomNumber: string;
            buildingName: string;
            usableAreaM2: number;
            agencyId: string;
            agencyName: string;
            /** @enum {string} */
            kind: "main" | "side";
            startDate: string;
            endDate: string | null;
            note: string | null;
        };
        EstatePersonComplianceInput: {
            personId: string;
            name: string;
            post: string | null;
            rank: string;
            adminLevel: string;
            agencyId: string;
            agencyName: string;
            standardLabel: string | null;
            standardM2: number;
            actualM2: number;
            overrunM2: number;
            rooms: number;
            violations: string[];
        };
        EstateAgencyComplianceInput: {
            agencyId: string;
            code: string;
            name: string;
            approvedM2: number;
            usedM2: number;
            overrunM2: number;
            people: number;
            rooms: number;
            overStandardPeople: number;
            personOverrunM2: number;
        };
        EstateBuildingComplianceInput: {
            buildingId: string;
            code: string;
            name: string;
            officeAreaM2: number;
            usedM2: number;
            approvedM2: number;
            overrunM2: number;
            people: number;
            overStandardPeople: number;
            rooms: number;
        };
        EstateAreaStandardInput: {
            id: string;
            adminLevel: string;
            postClass: string;
            labelZh: string;
            labelEn: string;
            usableM2: number;
            toiletAllowed: boolean;
            toiletMaxM2: number | null;
            effectiveFrom: string;
            effectiveTo: string | null;
            source: string;
            note: string | null;
        };
        EstateBuildingInput: {
            id: string;
            name: string;
            code: string;
            address: string | null;
            regionId: string;
            regionName: string;
            ownerAgencyId: string | null;
            ownerAgencyName: string | null;
            ownerName: string | null;
            ownershipKind: string;
            titleCertNo: string | null;
            landCertNo: string | null;
            builtYear: number | null;
            acquiredOn: string | null;
            floorsAbove: number;
            floorsBelow: number;
            constructionAreaM2: number | null;
            landAreaM2: number | null;
            status: string;
            note: string | null;
            roomCount: number;
            usableAreaM2: number;
        };
        EstateFloorInput: {
            id: string;
            buildingId: string;
            buildingName: string;
            level: number;
            name: string;
            planFileId: string | null;
            planKind: string | null;
            planWidth: number | null;
            planHeight: number | null;
            roomCount: number;
            usableAreaM2: number;
        };
        EstateRoomInput: {
            id: string;
            floorId: string;
            floorName: string;
            level: number;
            buildingId: string;
            buildingName: string;
            number: string;
            useClass: string;
            subUse: string | null;
            suitePart: string | null;
            usableAreaM2: number;
            constructionAreaM2: number | null;
            agencyId: string | null;
            agencyName: string | null;
            status: string;
            outline: (number)[][] | null;
            svgElementId: string | null;
            note: string | null;
            occupantCount: number;
        };
        EstateFloorPlanInput: {
            floorId: string;
            buildingId: string;
            level: number;
            name: string;
            plan: {
                fileId: string;
                /** @enum {string} */
                kind: "svg" | "image";
                url: string;
                width: number | null;
                height: number | null;
            } | null;
            rooms: {
                id: string;
                number: string;
                useClass: string;
                subUse: string | null;
                suitePart: string | null;
                usableAreaM2: number;
                status: string;
                agencyId: string | null;
                agencyName: string | null;
                outline: (number)[][] | null;
                svgElementId: string | null;
                occupantCount: number;
                occupants: {
                    personId: string;
                    name: string;
                    post: string | null;
                    standardM2: number;
                    actualM2: number;
                    overrunM2: number;
                }[];
                overrunM2: number;
                overStandard: boolean;
            }[];
        };
        EstateMyOfficeInput: {
            personId: string;
            name: string;
            post: string | null;
            rooms: {
                roomId: string;
                number: string;
                buildingName: string;
                floorName: string;
                usableAreaM2: number;
                useClass: string;
                suitePart: string | null;
                kind: string;
                startDate: string;
                occupants: number;
                shareM2: number;
            }[];
            standardLabel: string | null;
            standardM2: number | null;
            actualM2: number;
            overrunM2: number;
            violations: string[];
        };
        EstateAllocationInput: {
            id: string;
            agencyId: string;
            agencyName: string;
            agreementNo: string;
            certificateNo: string;
            allocatedOn: string;
            purpose: string | null;
            status: string;
            totalAreaM2: number;
            requestId: string | null;
        };
        EstateAllocationDetailInput: {
            id: string;
            agencyId: string;
            agencyName: string;
            agreementNo: string;
            certificateNo: string;
            allocatedOn: string;
            purpose: string | null;
            status: string;
            totalAreaM2: number;
            requestId: string | null;
            agencyAddress: string | null;
            rooms: {
                roomId: string;
                number: string;
                buildingName: string;
                buildingAddress: string | null;
                titleCertNo: string | null;
                floorName: string;
                useClass: string;
                subUse: string | null;
                usableAreaM2: number;
            }[];
        };
        EstateRequestInput: {
            id: string;
            kind: string;
            agencyId: string;
            agencyName: string;
            applicantPersonId: string | null;
            roomIds: string[];
            targetRoomIds: string[];
            reason: string;
            status: string;
            workflowInstanceId: string | null;
            decidedAt: unknown;
            createdAt: unknown;
            /** @description 楼宇 + 房间号，与 roomIds 同序 */
            roomLabels: string[];
            /** @description 调入房间，与 targetRoomIds 同序 */
            targetRoomLabels: string[];
        };
        EstateAvailableRoomInput: {
            id: string;
            number: string;
            buildingId: string;
            buildingName: string;
            floorName: string;
            useClass: string;
            subUse: string | null;
            usableAreaM2: number;
        };
        EstateRecoveryTaskInput: {
            id: string;
            personId: string;
            personName: string;
            agencyId: string;
            agencyName: string;
            roomId: string;
            roomNumber: string;
            buildingName: string;
            assignmentId: string;
            reason: string;
            effectiveDate: string;
            dueDate: string;
            status: string;
            remindedAt: unknown;
            escalatedAt: unknown;
            doneAt: unknown;
            overdue: boolean;
        };
        EstateCensusProgressInput: {
            total: number;
            not_started: number;
            in_progress: number;
            submitted: number;
            reconciled: number;
            percentDone: number;
        };
        EstateCensusCampaignInput: {
            id: string;
            title: string;
            year: number;
            scopeKind: string;
            deadline: string;
            status: string;
            note: string | null;
            createdAt: unknown;
            closedAt: unknown;
            progress: components["schemas"]["EstateCensusProgressInput"];
        };
        EstateCensusAgencyProgressInput: {
            agencyId: string;
            agencyName: string;
            status: string;
            submittedAt: unknown;
            reconciledAt: unknown;
            itemCount: number;
            answeredCount: number;
            correctedCount: number;
            undecidedCount: number;
        };
        EstateCensusItemInput: {
            id: string;
            campaignId: string;
            agencyId: string;
            agencyName: string;
            roomId: string | null;
            origin: string;
            snapshot: {
                buildingName: string;
                floorName: string;
                number: string;
                useClass: string;
                usableAreaM2: string;
                occupants: {
                    personId: string;
                    name: string;
                }[];
            } | null;
            response: string;
            buildingId: string | null;
            floorId: string | null;
            number: string | null;
            useClass: string | null;
            usableAreaM2: string | null;
            occupants: {
                personId: string;
                name: string;
            }[] | null;
            note: string | null;
            respondedAt: unknown;
            decision: string | null;
            decisionReason: string | null;
            decidedAt: unknown;
        };
        EstateCensusDifferenceInput: {
            id: string;
            campaignId: string;
            agencyId: string;
            agencyName: string;
            roomId: string | null;
            origin: string;
            snapshot: {
                buildingName: string;
                floorName: string;
                number: string;
                useClass: string;
                usableAreaM2: string;
                occupants: {
                    personId: string;
                    name: string;
                }[];
            } | null;
            response: string;
            buildingId: string | null;
            floorId: string | null;
            number: string | null;
            useClass: string | null;
            usableAreaM2: string | null;
            occupants: {
                personId: string;
                name: string;
            }[] | null;
            note: string | null;
            respondedAt: unknown;
            decision: string | null;
            decisionReason: string | null;
            decidedAt: unknown;
            agencyStatus: string;
        };
        EstateCensusAgencyInput: {
            id: string;
            campaignId: string;
            agencyId: string;
            status: string;
            submittedAt: unknown;
            reconciledAt: unknown;
        };
        EstateAllocationDisclosureInput: {
            year: number;
            asOf: string;
            total: number;
            items: {
                agencyId: string;
                agencyName: string;
                approvedM2: number;
                usedOfficeM2: number;
                overrunM2: number;
                buildings: {
                    buildingName: string;
                    rooms: string;
                    roomCount: number;
                    usableM2: number;
                    officeM2: number;
                }[];
            }[];
        };
        EstateLeaderRoomFilingInput: {
            year: number;
            asOf: string;
            total: number;
            items: {
                personId: string;
                name: string;
                post: string | null;
                agencyName: string;
                rank: string;
                rankLabel: string;
                rooms: string;
                areaM2: number;
                standardLabel: string | null;
                standardM2: number | null;
                overrunM2: number | null;
            }[];
        };
        EstateLeaseListingInput: {
            id: string;
            agencyId: string;
            agencyName: string;
            buildingId: string;
            buildingName: string;
            roomId: string | null;
            title: string;
            areaM2: string;
            askingMonthlyRentFen: number;
            status: string;
            description: string | null;
            createdAt: unknown;
        };
        EstateLesseeInput: {
            id: string;
            agencyId: string;
            name: string;
            kind: string;
            creditCode: string | null;
            contactName: string | null;
            contactPhone: string | null;
            note: string | null;
            createdAt: unknown;
        };
        EstateLeaseContractInput: {
            id: string;
            code: string;
            listingId: string;
            listingTitle: string;
            agencyId: string;
            agencyName: string;
            lesseeId: string;
            lesseeName: string;
            startsOn: string;
            endsOn: string;
            monthlyRentFen: number;
            depositFen: number;
            cycleMonths: number;
            status: string;
            signedOn: string | null;
            note: string | null;
        };
        EstateRentReceiptInput: {
            id: string;
            contractId: string;
            paidOn: string;
            amountFen: number;
            method: string;
            receiptNo: string | null;
            note: string | null;
            createdAt: unknown;
        };
        EstateLeaseContractDetailInput: {
            id: string;
            code: string;
            listingId: string;
            listingTitle: string;
            agencyId: string;
            agencyName: string;
            lesseeId: string;
            lesseeName: string;
            startsOn: string;
            endsOn: string;
            monthlyRentFen: number;
            depositFen: number;
            cycleMonths: number;
            status: string;
            signedOn: string | null;
            note: string | null;
            schedule: {
                seq: number;
                periodStart: string;
                periodEnd: string;
                dueOn: string;
                amountFen: number;
                paidFen: number;
            }[];
            receipts: {
                id: string;
                contractId: string;
                paidOn: string;
                amountFen: number;
                method: string;
                receiptNo: string | null;
                note: string | null;
                createdAt: unknown;
                createdBy: string | null;
            }[];
            totalRentFen: number;
            receivedFen: number;
            overdueFen: number;
        };
        EstateRentArrearsInput: {
            contractId: string;
            code: string;
            agencyName: string;
            lesseeName: string;
            listingTitle: string;
            overdueFen: number;
            instalments: number;
            oldestDueOn: string;
            maxDaysOverdue: number;
        };
        EstateTransferInput: {
            id: string;
            code: string;
            fromAgencyId: string;
            fromAgencyName: string;
            target: string;
            buildingId: string | null;
            roomIds: string[];
            areaM2: string;
            titleCertNo: string | null;
            reason: string;
            status: string;
            decisionNote: string | null;
            decidedAt: unknown;
            completedOn: string | null;
            createdAt: unknown;
        };
        EstateTransferDetailInput: {
            id: string;
            code: string;
            fromAgencyId: string;
            fromAgencyName: string;
            target: string;
            buildingId: string | null;
            roomIds: string[];
            areaM2: string;
            titleCertNo: string | null;
            reason: string;
            status: string;
            decisionNote: string | null;
            decidedAt: unknown;
            completedOn: string | null;
            createdAt: unknown;
            rooms: {
                id: string;
                number: string;
                usableAreaM2: string;
                buildingId: string;
            }[];
            documents: ({
                id: string;
                name: string;
                mime: string;
                sizeBytes: number;
                /** @enum {string} */
                kind: "approval" | "agreement" | "title" | "other";
            } & {
                [key: string]: unknown;
            })[];
        };
        EstateInspectionPlanInput: {
            id: string;
            title: string;
            year: number;
            theme: string | null;
            withDiscipline: boolean;
            disciplineContact: string | null;
            startsOn: string;
            endsOn: string;
            agencyIds: string[];
            status: string;
            createdAt: unknown;
        };
        EstateInspectionFindingInput: {
            id: string;
            planId: string;
            agencyId: string;
            agencyName: string;
            roomId: string | null;
            roomNumber: string | null;
            foundOn: string;
            category: string;
            description: string;
            severity: string;
            rectifyBy: string;
            status: string;
            reportText: string | null;
            reportedAt: unknown;
            closedAt: unknown;
            closeNote: string | null;
        };
        EstateInspectionFindingDetailInput: {
            id: string;
            planId: string;
            agencyId: string;
            agencyName: string;
            roomId: string | null;
            roomNumber: string | null;
            foundOn: string;
            category: string;
            description: string;
            severity: string;
            rectifyBy: string;
            status: string;
            reportText: string | null;
            reportedAt: unknown;
            closedAt: unknown;
            closeNote: string | null;
            photos: ({
                id: string;
                name: string;
                mime: string;
                sizeBytes: number;
            } & {
                [key: string]: unknown;
            })[];
            reportFiles: ({
                id: string;
                name: string;
                mime: string;
                sizeBytes: number;
            } & {
                [key: string]: unknown;
            })[];
        };
        EstateInspectionNoticeInput: {
            issuedOn: string;
            title: string;
            paragraphs: string[];
            text: string;
            rows: {
                [key: string]: string | number;
            }[];
        };
        EstateRemotePropertyInput: {
            id: string;
            name: string;
            city: string;
            address: string;
            agencyId: string;
            agencyName: string;
            trusteeName: string;
            trusteeContact: string | null;
            trusteeAccountId: string | null;
            currentUse: string;
            areaM2: string;
            titleCertNo: string | null;
            reportCycleMonths: number;
            nextReportDue: string;
            status: string;
            note: string | null;
        };
        EstateRemoteRecordInput: {
            id: string;
            kind: string;
            occurredOn: string;
            endsOn: string | null;
            counterparty: string | null;
            amountFen: number | null;
            description: string;
            createdAt: unknown;
        };
        EstateRemoteReportInput: {
            id: string;
            dueOn: string;
            submittedOn: string;
            occupancy: string;
            content: string;
            issues: string | null;
            createdAt: unknown;
        };
        EstateRemotePropertyDetailInput: {
            id: string;
            name: string;
            city: string;
            address: string;
            agencyId: string;
            agencyName: string;
            trusteeName: string;
            trusteeContact: string | null;
            trusteeAccountId: string | null;
            currentUse: string;
            areaM2: string;
            titleCertNo: string | null;
            reportCycleMonths: number;
            nextReportDue: string;
            status: string;
            note: string | null;
            records: components["schemas"]["EstateRemoteRecordInput"][];
            reports: components["schemas"]["EstateRemoteReportInput"][];
        };
        EstateActivityRoomInput: {
            id: string;
            roomId: string;
            agencyId: string;
            name: string;
            capacity: number;
            openDays: number[];
            opensAt: string;
            closesAt: string;
            active: boolean;
            note: string | null;
            roomNumber: string;
            buildingName: string;
        };
        EstateActivityRoomBookingInput: {
            id: string;
            resourceId: string;
            startsAt: unknown;
            endsAt: unknown;
            state: string;
            holderAgencyId: string;
            holderPersonId: string | null;
            title: string | null;
        };
        EstateActivityRoomUtilisationInput: {
            activityRoomId: string;
            name: string;
            buildingName: string;
            roomNumber: string;
            bookings: number;
            bookedHours: number;
            openHours: number;
            utilisationPct: number;
        };
        HousingFlatInput: {
            id: string;
            regionId: string;
            buildingId: string | null;
            estateName: string;
            buildingName: string;
            unit: string;
            number: string;
            areaM2: string;
            layout: string;
            rentFen: number;
            status: string;
            note: string | null;
        };
        HousingRuleSetInput: {
            id: string;
            name: string;
            effectiveFrom: string;
            effectiveTo: string | null;
            source: string;
            body: {
                criteria: {
                    /** @enum {string} */
                    key: "yearsSinceHire" | "familySize" | "ownsHomeInCity" | "perCapitaAreaM2";
                    /** @enum {string} */
                    op: "lte" | "lt" | "gte" | "gt" | "eq";
                    value: number | boolean;
                }[];
                scoring: {
                    /** @enum {string} */
                    key: "yearsSinceHire" | "familySize" | "ownsHomeInCity" | "perCapitaAreaM2";
                    /** @enum {string} */
                    kind: "per-unit" | "flag" | "cap-minus";
                    weight: number;
                    cap?: number;
                }[];
                lease: {
                    termMonths: number;
                    depositMonths: number;
                    reminderDays: number[];
                };
            };
        };
        HousingRoundInput: {
            id: string;
            code: string;
            name: string;
            regionId: string;
            ruleSetId: string;
            ruleSetName: string;
            method: string;
            referenceDate: string;
            applyFrom: string;
            applyTo: string;
            noticeStart: string | null;
            noticeEnd: string | null;
            quota: number;
            status: string;
            applicationCount: number;
        };
        HousingApplicationInput: {
            id: string;
            roundId: string;
            roundName: string;
            personId: string;
            personName: string;
            agencyId: string;
            agencyName: string;
            familySize: number;
            ownsHomeInCity: boolean;
            currentHousingAreaM2: string;
            yearsSinceHire: string;
            note: string | null;
            eligible: boolean;
            reasons: {
                rule: string;
                ok: boolean;
                zh: string;
                en: string;
            }[];
            score: string;
            breakdown: {
                key: string;
                value: number;
                points: number;
            }[];
            status: string;
            reviewComment: string | null;
            reviewedBy: string | null;
            queueRank: number | null;
            flatId: string | null;
            attachmentIds: string[];
            createdAt: string;
        };
        HousingObjectionInput: {
            id: string;
            roundId: string;
            applicationId: string;
            text: string;
            raisedBy: string;
            status: string;
            resolution: string | null;
            createdAt: string;
        };
        HousingBillInput: {
            id: string;
            leaseId: string;
            month: string;
            amountFen: number;
            paidFen: number;
            status: string;
            createdAt: string;
        };
        HousingChecklistInput: {
            id: string;
            leaseId: string;
            kind: string;
            items: {
                name: string;
                /** @enum {string} */
                condition: "good" | "worn" | "damaged" | "missing";
                note?: string | null;
                /** @default [] */
                photoFileIds: string[];
            }[];
            checkedOn: string;
            checkedBy: string;
            createdAt: string;
        };
        HousingLeaseInput: {
            id: string;
            flatId: string;
            applicationId: string | null;
            personId: string;
            agencyId: string;
            departmentId: string | null;
            startDate: string;
            endDate: string;
            rentFen: number;
            depositFen: number;
            reminderDays: number[];
            status: string;
            exitReason: string | null;
            exitDate: string | null;
            exitNote: string | null;
            createdAt: string;
        };
        HousingLeaseRowInput: {
            id: string;
            flatId: string;
            applicationId: string | null;
            personId: string;
            agencyId: string;
            departmentId: string | null;
            startDate: string;
            endDate: string;
            rentFen: number;
            depositFen: number;
            reminderDays: number[];
            status: string;
            exitReason: string | null;
            exitDate: string | null;
            exitNote: string | null;
            createdAt: string;
            personName: string;
            flatLabel: string;
        };
        HousingLeaseDetailInput: {
            id: string;
            flatId: string;
            applicationId: string | null;
            personId: string;
            agencyId: string;
            departmentId: string | null;
            startDate: string;
            endDate: string;
            rentFen: number;
            depositFen: number;
            reminderDays: number[];
            status: string;
            exitReason: string | null;
            exitDate: string | null;
            exitNote: string | null;
            createdAt: string;
            personName: string;
            flatLabel: string;
            bills: components["schemas"]["HousingBillInput"][];
            checklists: components["schemas"]["HousingChecklistInput"][];
        };
        HousingOpenRoundInput: {
            id: string;
            code: string;
            name: string;
            method: string;
            referenceDate: string;
            applyFrom: string;
            applyTo: string;
            quota: number;
            ruleSetName: string;
            criteria: {
                rule: string;
                zh: string;
                en: string;
            }[];
            scoring: {
                key: string;
                kind: string;
                weight: number;
                cap: number | null;
            }[];
            myApplication: {
                id: string;
                status: string;
            } | null;
        };
        HousingNoticeRoundInput: {
            id: string;
            code: string;
            name: string;
            noticeStart: string;
            noticeEnd: string;
            entries: {
                applicationId: string;
                personName: string;
                agencyName: string;
                score: string;
                mine: boolean;
            }[];
        };
        HousingDrawInput: {
            id: string;
            roundId: string;
            algorithm: string;
            publicRandom: string;
            seedMaterial: string;
            seedHex: string;
            resultHash: string;
            drawnBy: string;
            drawnAt: string;
            inputs: {
                roundId: string;
                noticeEnd: string;
                publicRandom: string;
                /** @enum {string} */
                method: "score" | "lottery";
                quota: number;
                applicants: {
                    applicationId: string;
                    score: number;
                }[];
                flats: {
                    flatId: string;
                    label: string;
                }[];
            };
            result: {
                rank: number;
                applicationId: string;
                score: number;
                flatId: string | null;
            }[];
        };
        HousingDrawPublicationInput: {
            id: string;
            roundId: string;
            algorithm: string;
            publicRandom: string;
            seedMaterial: string;
            seedHex: string;
            resultHash: string;
            drawnBy: string;
            drawnAt: string;
            inputs: {
                roundId: string;
                noticeEnd: string;
                publicRandom: string;
                /** @enum {string} */
                method: "score" | "lottery";
                quota: number;
                applicants: {
                    applicationId: string;
                    score: number;
                }[];
                flats: {
                    flatId: string;
                    label: string;
                }[];
            };
            result: {
                rank: number;
                applicationId: string;
                score: number;
                flatId: string | null;
            }[];
            round: {
                id: string;
                code: string;
                name: string;
                method: string;
                quota: number;
                noticeStart: string | null;
                noticeEnd: string | null;
            };
            entries: {
                rank: number;
                applicationId: string;
                score: number;
                flatId: string | null;
                personName: string;
                agencyName: string;
                flatLabel: string | null;
            }[];
        };
        FleetChargingStationInput: {
            /** Format: uuid */
            agencyId: string;
            name: string;
            address: string | null;
            active: boolean;
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetChargingPileInput: {
            /** Format: uuid */
            stationId: string;
            code: string;
            /** @enum {string} */
            kind: "ac" | "dc";
            powerKw: number;
            active: boolean;
            id: string;
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetChargingSessionInput: {
            /** Format: uuid */
            pileId: string;
            vehicleId: string | null;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            endedAt: string;
            kwh: number;
            amountFen: number;
            id: string;
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
        };
        FleetVehicleInput: {
            id: string;
            plate: string;
            vin: string | null;
            brand: string;
            model: string;
            kind: string;
            energy: string;
            displacementL: number | null;
            priceFen: number;
            purchaseDate: string;
            agencyId: string;
            agencyName: string;
            seats: number;
            tankLitres: number | null;
            batteryKwh: number | null;
            normPer100km: number;
            status: string;
            insuranceDue: string | null;
            inspectionDue: string | null;
            gpsTerminalId: string | null;
            nextServiceKm: number | null;
            nextServiceDate: string | null;
            overrideRequestId: string | null;
            notes: string | null;
            isNewEnergy: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetVehicleStatusChangeInput: {
            id: string;
            vehicleId: string;
            fromStatus: string;
            toStatus: string;
            /** Format: date-time */
            at: string;
            reason: string | null;
            receivingParty: string | null;
            disposalMethod: string | null;
            documentNo: string | null;
        };
        FleetDriverInput: {
            personId: string | null;
            name: string;
            /** Format: uuid */
            agencyId: string;
            /** @enum {string} */
            licenceClass: "A1" | "A2" | "A3" | "B1" | "B2" | "C1" | "C2";
            licenceExpiry: string;
            emergencyTeam: boolean;
            status: string;
            notes: string | null;
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetDriverTrainingInput: {
            /** Format: uuid */
            driverId: string;
            heldOn: string;
            title: string;
            hours: number;
            provider: string | null;
            result: string;
            id: string;
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
        };
        FleetDriverSafetyInput: {
            /** Format: uuid */
            driverId: string;
            occurredOn: string;
            /** @enum {string} */
            kind: "commendation" | "violation" | "accident" | "complaint";
            description: string;
            points: number;
            id: string;
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
        };
        FleetShopInput: {
            name: string;
            address: string | null;
            contact: string | null;
            phone: string | null;
            designated: boolean;
            contractFrom: string | null;
            contractTo: string | null;
            active: boolean;
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetRepairInput: {
            id: string;
            vehicleId: string;
            agencyId: string;
            shopId: string | null;
            kind: string;
            description: string;
            estimateFen: number;
            status: string;
            workflowInstanceId: string | null;
            requestedOn: string;
            partsFen: number | null;
            labourFen: number | null;
            invoiceFen: number | null;
            invoiceNo: string | null;
            odometerKm: number | null;
            completedOn: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetInsuranceInput: {
            vehicleId: string;
            insurer: string;
            policyNo: string;
            /** @enum {string} */
            kind: "compulsory" | "commercial";
            startsOn: string;
            endsOn: string;
            premiumFen: number;
            id: string;
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetInspectionInput: {
            vehicleId: string;
            inspectedOn: string;
            nextDue: string;
            /** @enum {string} */
            result: "passed" | "failed";
            station: string | null;
            costFen: number;
            id: string;
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetViolationInput: {
            vehicleId: string;
            driverId: string | null;
            /** Format: date-time */
            occurredAt: string;
            place: string;
            description: string;
            fineFen: number;
            points: number;
            status: string;
            id: string;
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetAccidentInput: {
            vehicleId: string;
            driverId: string | null;
            /** Format: date-time */
            occurredAt: string;
            place: string;
            description: string;
            /** @enum {string} */
            severity: "minor" | "moderate" | "major";
            liability: string | null;
            lossFen: number;
            status: string;
            id: string;
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetStandardInput: {
            code: string;
            nameZh: string;
            nameEn: string;
            /** @enum {string|null} */
            kind: "confidential" | "emergency" | "law-enforcement" | "special" | "other" | null;
            /** @enum {string} */
            energyClass: "any" | "nev" | "ice";
            maxSeats: number | null;
            maxPriceFen: number | null;
            maxDisplacementL: number | null;
            effectiveFrom: string;
            effectiveTo: string | null;
            source: string;
            note: string | null;
            active: boolean;
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetQuotaInput: {
            /** Format: uuid */
            agencyId: string;
            /** @enum {string} */
            kind: "confidential" | "emergency" | "law-enforcement" | "special" | "other";
            quota: number;
            approvalRef: string | null;
            note: string | null;
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetOverrideRequestInput: {
            id: string;
            agencyId: string;
            plate: string;
            rules: string[];
            reason: string;
            status: string;
            workflowInstanceId: string | null;
            /** Format: date-time */
            createdAt: string;
            breaches?: {
                rule: string;
                zh: string;
                en: string;
                limit: number;
                actual: number;
            }[];
        };
        FleetSpecialInspectionInput: {
            /** Format: uuid */
            agencyId: string;
            title: string;
            inspectedOn: string;
            inspectors: string | null;
            summary: string | null;
            status: string;
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetInspectionFindingInput: {
            /** Format: uuid */
            inspectionId: string;
            vehicleId: string | null;
            description: string;
            deadline: string;
            rectifiedOn: string | null;
            rectification: string | null;
            id: string;
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetSealingInput: {
            name: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            note: string | null;
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetTripRequestInput: {
            id: string;
            agencyId: string;
            agencyName: string;
            departmentId: string | null;
            applicantPersonId: string;
            applicantName: string;
            passengerCount: number;
            passengerNames: string[];
            origin: string;
            destinations: string[];
            destLat: number | null;
            destLon: number | null;
            plannedStart: string;
            plannedEnd: string;
            purpose: string;
            inCity: boolean;
            needDriver: boolean;
            /** @enum {string} */
            status: "pending" | "returned" | "approved" | "dispatched" | "completed" | "rejected" | "withdrawn" | "cancelled";
            instanceId: string | null;
            tripId: string | null;
            rating: number | null;
            ratingComment: string | null;
            decidedAt: string | null;
            createdAt: string;
            updatedAt: string;
        };
        FleetTripInput: {
            id: string;
            requestId: string | null;
            vehicleId: string;
            plate: string;
            driverId: string | null;
            driverName: string | null;
            agencyId: string;
            agencyName: string;
            plannedStart: string;
            plannedEnd: string;
            origin: string | null;
            destination: string | null;
            purpose: string | null;
            passengerCount: number;
            departedAt: string | null;
            returnedAt: string | null;
            departureKm: number | null;
            returnKm: number | null;
            km: number | null;
            tollFen: number;
            parkingFen: number;
            otherFen: number;
            /** @enum {string} */
            status: "dispatched" | "departed" | "returned" | "cancelled";
            emergency: boolean;
            reviewFlag: boolean;
            reviewComment: string | null;
            reviewedAt: string | null;
            rating: number | null;
            flags: string[];
            trackPoints: number | null;
            trackKm: number | null;
            cancelReason: string | null;
            createdAt: string;
            updatedAt: string;
        };
        FleetTripDetailInput: {
            id: string;
            requestId: string | null;
            vehicleId: string;
            plate: string;
            driverId: string | null;
            driverName: string | null;
            agencyId: string;
            agencyName: string;
            plannedStart: string;
            plannedEnd: string;
            origin: string | null;
            destination: string | null;
            purpose: string | null;
            passengerCount: number;
            departedAt: string | null;
            returnedAt: string | null;
            departureKm: number | null;
            returnKm: number | null;
            km: number | null;
            tollFen: number;
            parkingFen: number;
            otherFen: number;
            /** @enum {string} */
            status: "dispatched" | "departed" | "returned" | "cancelled";
            emergency: boolean;
            reviewFlag: boolean;
            reviewComment: string | null;
            reviewedAt: string | null;
            rating: number | null;
            flags: string[];
            trackPoints: number | null;
            trackKm: number | null;
            cancelReason: string | null;
            createdAt: string;
            updatedAt: string;
            track: {
                startedAt: string | null;
                endedAt: string | null;
                maxSpeedKmh: number | null;
                polyline: (number)[][];
            } | null;
            requests: {
                id: string;
                applicantPersonId: string;
                passengerCount: number;
                status: string;
                rating: number | null;
            }[];
        };
        /** @description The trip serving a trip request */
        FleetTripRequestTripInput: {
            id: string;
            /** @enum {string} */
            status: "dispatched" | "departed" | "returned" | "cancelled";
            vehicleId: string;
            plate: string;
            driverId: string | null;
            driverName: string | null;
            plannedStart: string;
            plannedEnd: string;
            departedAt: string | null;
            returnedAt: string | null;
            departureKm: number | null;
            returnKm: number | null;
            km: number | null;
            emergency: boolean;
            cancelReason: string | null;
            createdAt: string;
        };
        FleetTripRequestDetailInput: {
            id: string;
            agencyId: string;
            agencyName: string;
            departmentId: string | null;
            applicantPersonId: string;
            applicantName: string;
            passengerCount: number;
            passengerNames: string[];
            origin: string;
            destinations: string[];
            destLat: number | null;
            destLon: number | null;
            plannedStart: string;
            plannedEnd: string;
            purpose: string;
            inCity: boolean;
            needDriver: boolean;
            /** @enum {string} */
            status: "pending" | "returned" | "approved" | "dispatched" | "completed" | "rejected" | "withdrawn" | "cancelled";
            instanceId: string | null;
            tripId: string | null;
            rating: number | null;
            ratingComment: string | null;
            decidedAt: string | null;
            createdAt: string;
            updatedAt: string;
            history: {
                at: string;
                action: string;
                actorName: string | null;
                comment: string | null;
            }[];
            trip: components["schemas"]["FleetTripRequestTripInput"] | null;
        };
        FleetDispatchReasonInput: {
            code: string;
            zh: string;
            en: string;
        };
        FleetDispatchSuggestionsInput: {
            seatsNeeded: number;
            vehicles: {
                id: string;
                plate: string;
                agencyId: string;
                seats: number;
                energy: string;
                monthKm: number;
                rank: number;
                /** @description The reasons in Chinese (compatibility); prefer reasonTexts */
                reasons: string[];
                reasonTexts: components["schemas"]["FleetDispatchReasonInput"][];
            }[];
            drivers: {
                id: string;
                name: string;
                agencyId: string;
                emergencyTeam: boolean;
                monthTrips: number;
                rank: number;
                /** @description The reasons in Chinese (compatibility); prefer reasonTexts */
                reasons: string[];
                reasonTexts: components["schemas"]["FleetDispatchReasonInput"][];
            }[];
        };
        FleetCarpoolProposalsInput: {
            items: {
                requestIds: string[];
                start: string;
                end: string;
                passengers: number;
                seatsNeeded: number;
                destination: string;
                /** @description The reasons in Chinese (compatibility); prefer reasonTexts */
                reasons: string[];
                reasonTexts: components["schemas"]["FleetDispatchReasonInput"][];
            }[];
            total: number;
        };
        FleetDispatchAgencyInput: {
            id: string;
            name: string;
            shortName: string | null;
        };
        FleetDispatchAgenciesInput: {
            items: components["schemas"]["FleetDispatchAgencyInput"][];
            total: number;
        };
        FleetFuelRecordInput: {
            id: string;
            vehicleId: string;
            plate: string;
            energy: string;
            agencyId: string;
            agencyName: string;
            filledAt: unknown;
            odometerKm: number;
            litres: number | null;
            kwh: number | null;
            amountFen: number;
            full: boolean;
            missedPrevious: boolean;
            station: string | null;
            cardNo: string | null;
            notes: string | null;
            flags: string[];
            createdAt: unknown;
            updatedAt: unknown;
        };
        FleetConsumptionInput: {
            vehicleId: string;
            /** @enum {string} */
            unit: "L" | "kWh";
            normPer100km: number;
            margin: number;
            segments: {
                openId: string;
                closeId: string;
                openAt: unknown;
                closeAt: unknown;
                km: number;
                quantity: number;
                per100km: number;
                overNorm: boolean;
            }[];
            months: {
                month: string;
                km: number;
                quantity: number;
                per100km: number | null;
                segments: number;
            }[];
        };
        FleetVehicleCostInput: {
            vehicleId: string;
            plate: string;
            kind: string;
            energy: string;
            agencyId: string;
            agencyName: string;
            priceFen: number;
            purchaseDate: string;
            asOf: string;
            depreciationYears: number;
            yearsOwned: number;
            purchaseFen: number;
            fuelFen: number;
            repairFen: number;
            insuranceFen: number;
            inspectionFen: number;
            tollFen: number;
            parkingFen: number;
            totalFen: number;
            km: number;
            perKmFen: number | null;
            perYearFen: number | null;
        };
        FleetDisclosureRowInput: {
            vehicleId: string;
            plate: string;
            kind: string;
            energy: string;
            /** @enum {string} */
            unit: "L" | "kWh";
            agencyId: string;
            agencyName: string;
            km: number;
            trips: number;
            segmentKm: number;
            litres: number | null;
            kwh: number | null;
            lPer100km: number | null;
            normLPer100km: number;
            deviationPct: number | null;
            rankInKind: number;
            filledQty: number;
            amountFen: number;
        };
        FleetDisclosureInput: {
            month: string;
            /** @enum {string} */
            source: "snapshot" | "live";
            items: components["schemas"]["FleetDisclosureRowInput"][];
            total: number;
        };
        FleetFuelRewardsInput: {
            month: string;
            /** @enum {string} */
            source: "snapshot" | "live";
            rate: number;
            penalties: boolean;
            items: {
                vehicleId: string;
                plate: string;
                kind: string;
                energy: string;
                /** @enum {string} */
                unit: "L" | "kWh";
                agencyId: string;
                agencyName: string;
                km: number;
                trips: number;
                segmentKm: number;
                litres: number | null;
                kwh: number | null;
                lPer100km: number | null;
                normLPer100km: number;
                deviationPct: number | null;
                rankInKind: number;
                filledQty: number;
                amountFen: number;
                priceFen: number;
                rate: number;
                savedQty: number;
                rewardFen: number;
            }[];
            total: number;
            totalRewardFen: number;
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
        PersonMovement: {
            id: string;
            personId: string;
            kind: string;
            effectiveDate: string;
            toAgencyId: string | null;
            sidePost: string | null;
            note: string | null;
            /** Format: date-time */
            createdAt: string;
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
        EstateAssignment: {
            id: string;
            personId: string;
            personName: string;
            post: string | null;
            roomId: string;
            roomNumber: string;
            buildingName: string;
            usableAreaM2: number;
            agencyId: string;
            agencyName: string;
            /** @enum {string} */
            kind: "main" | "side";
            startDate: string;
            endDate: string | null;
            note: string | null;
        };
        EstatePersonCompliance: {
            personId: string;
            name: string;
            post: string | null;
            rank: string;
            adminLevel: string;
            agencyId: string;
            agencyName: string;
            standardLabel: string | null;
            standardM2: number;
            actualM2: number;
            overrunM2: number;
            rooms: number;
            violations: string[];
        };
        EstateAgencyCompliance: {
            agencyId: string;
            code: string;
            name: string;
            approvedM2: number;
            usedM2: number;
            overrunM2: number;
            people: number;
            rooms: number;
            overStandardPeople: number;
            personOverrunM2: number;
        };
        EstateBuildingCompliance: {
            buildingId: string;
            code: string;
            name: string;
            officeAreaM2: number;
            usedM2: number;
            approvedM2: number;
            overrunM2: number;
            people: number;
            overStandardPeople: number;
            rooms: number;
        };
        EstateAreaStandard: {
            id: string;
            adminLevel: string;
            postClass: string;
            labelZh: string;
            labelEn: string;
            usableM2: number;
            toiletAllowed: boolean;
            toiletMaxM2: number | null;
            effectiveFrom: string;
            effectiveTo: string | null;
            source: string;
            note: string | null;
        };
        EstateBuilding: {
            id: string;
            name: string;
            code: string;
            address: string | null;
            regionId: string;
            regionName: string;
            ownerAgencyId: string | null;
            ownerAgencyName: string | null;
            ownerName: string | null;
            ownershipKind: string;
            titleCertNo: string | null;
            landCertNo: string | null;
            builtYear: number | null;
            acquiredOn: string | null;
            floorsAbove: number;
            floorsBelow: number;
            constructionAreaM2: number | null;
            landAreaM2: number | null;
            status: string;
            note: string | null;
            roomCount: number;
            usableAreaM2: number;
        };
        EstateFloor: {
            id: string;
            buildingId: string;
            buildingName: string;
            level: number;
            name: string;
            planFileId: string | null;
            planKind: string | null;
            planWidth: number | null;
            planHeight: number | null;
            roomCount: number;
            usableAreaM2: number;
        };
        EstateRoom: {
            id: string;
            floorId: string;
            floorName: string;
            level: number;
            buildingId: string;
            buildingName: string;
            number: string;
            useClass: string;
            subUse: string | null;
            suitePart: string | null;
            usableAreaM2: number;
            constructionAreaM2: number | null;
            agencyId: string | null;
            agencyName: string | null;
            status: string;
            outline: (number)[][] | null;
            svgElementId: string | null;
            note: string | null;
            occupantCount: number;
        };
        EstateFloorPlan: {
            floorId: string;
            buildingId: string;
            level: number;
            name: string;
            plan: {
                fileId: string;
                /** @enum {string} */
                kind: "svg" | "image";
                url: string;
                width: number | null;
                height: number | null;
            } | null;
            rooms: {
                id: string;
                number: string;
                useClass: string;
                subUse: string | null;
                suitePart: string | null;
                usableAreaM2: number;
                status: string;
                agencyId: string | null;
                agencyName: string | null;
                outline: (number)[][] | null;
                svgElementId: string | null;
                occupantCount: number;
                occupants: {
                    personId: string;
                    name: string;
                    post: string | null;
                    standardM2: number;
                    actualM2: number;
                    overrunM2: number;
                }[];
                overrunM2: number;
                overStandard: boolean;
            }[];
        };
        EstateMyOffice: {
            personId: string;
            name: string;
            post: string | null;
            rooms: {
                roomId: string;
                number: string;
                buildingName: string;
                floorName: string;
                usableAreaM2: number;
                useClass: string;
                suitePart: string | null;
                kind: string;
                startDate: string;
                occupants: number;
                shareM2: number;
            }[];
            standardLabel: string | null;
            standardM2: number | null;
            actualM2: number;
            overrunM2: number;
            violations: string[];
        };
        EstateAllocation: {
            id: string;
            agencyId: string;
            agencyName: string;
            agreementNo: string;
            certificateNo: string;
            allocatedOn: string;
            purpose: string | null;
            status: string;
            totalAreaM2: number;
            requestId: string | null;
        };
        EstateAllocationDetail: {
            id: string;
            agencyId: string;
            agencyName: string;
            agreementNo: string;
            certificateNo: string;
            allocatedOn: string;
            purpose: string | null;
            status: string;
            totalAreaM2: number;
            requestId: string | null;
            agencyAddress: string | null;
            rooms: {
                roomId: string;
                number: string;
                buildingName: string;
                buildingAddress: string | null;
                titleCertNo: string | null;
                floorName: string;
                useClass: string;
                subUse: string | null;
                usableAreaM2: number;
            }[];
        };
        EstateRequest: {
            id: string;
            kind: string;
            agencyId: string;
            agencyName: string;
            applicantPersonId: string | null;
            roomIds: string[];
            targetRoomIds: string[];
            reason: string;
            status: string;
            workflowInstanceId: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description 楼宇 + 房间号，与 roomIds 同序 */
            roomLabels: string[];
            /** @description 调入房间，与 targetRoomIds 同序 */
            targetRoomLabels: string[];
        };
        EstateAvailableRoom: {
            id: string;
            number: string;
            buildingId: string;
            buildingName: string;
            floorName: string;
            useClass: string;
            subUse: string | null;
            usableAreaM2: number;
        };
        EstateRecoveryTask: {
            id: string;
            personId: string;
            personName: string;
            agencyId: string;
            agencyName: string;
            roomId: string;
            roomNumber: string;
            buildingName: string;
            assignmentId: string;
            reason: string;
            effectiveDate: string;
            dueDate: string;
            status: string;
            /** Format: date-time */
            remindedAt: string | null;
            /** Format: date-time */
            escalatedAt: string | null;
            /** Format: date-time */
            doneAt: string | null;
            overdue: boolean;
        };
        EstateCensusProgress: {
            total: number;
            not_started: number;
            in_progress: number;
            submitted: number;
            reconciled: number;
            percentDone: number;
        };
        EstateCensusCampaign: {
            id: string;
            title: string;
            year: number;
            scopeKind: string;
            deadline: string;
            status: string;
            note: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            closedAt: string | null;
            progress: components["schemas"]["EstateCensusProgress"];
        };
        EstateCensusAgencyProgress: {
            agencyId: string;
            agencyName: string;
            status: string;
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            reconciledAt: string | null;
            itemCount: number;
            answeredCount: number;
            correctedCount: number;
            undecidedCount: number;
        };
        EstateCensusItem: {
            id: string;
            campaignId: string;
            agencyId: string;
            agencyName: string;
            roomId: string | null;
            origin: string;
            snapshot: {
                buildingName: string;
                floorName: string;
                number: string;
                useClass: string;
                usableAreaM2: string;
                occupants: {
                    personId: string;
                    name: string;
                }[];
            } | null;
            response: string;
            buildingId: string | null;
            floorId: string | null;
            number: string | null;
            useClass: string | null;
            usableAreaM2: string | null;
            occupants: {
                personId: string;
                name: string;
            }[] | null;
            note: string | null;
            /** Format: date-time */
            respondedAt: string | null;
            decision: string | null;
            decisionReason: string | null;
            /** Format: date-time */
            decidedAt: string | null;
        };
        EstateCensusDifference: {
            id: string;
            campaignId: string;
            agencyId: string;
            agencyName: string;
            roomId: string | null;
            origin: string;
            snapshot: {
                buildingName: string;
                floorName: string;
                number: string;
                useClass: string;
                usableAreaM2: string;
                occupants: {
                    personId: string;
                    name: string;
                }[];
            } | null;
            response: string;
            buildingId: string | null;
            floorId: string | null;
            number: string | null;
            useClass: string | null;
            usableAreaM2: string | null;
            occupants: {
                personId: string;
                name: string;
            }[] | null;
            note: string | null;
            /** Format: date-time */
            respondedAt: string | null;
            decision: string | null;
            decisionReason: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            agencyStatus: string;
        };
        EstateCensusAgency: {
            id: string;
            campaignId: string;
            agencyId: string;
            status: string;
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            reconciledAt: string | null;
        };
        EstateAllocationDisclosure: {
            year: number;
            asOf: string;
            total: number;
            items: {
                agencyId: string;
                agencyName: string;
                approvedM2: number;
                usedOfficeM2: number;
                overrunM2: number;
                buildings: {
                    buildingName: string;
                    rooms: string;
                    roomCount: number;
                    usableM2: number;
                    officeM2: number;
                }[];
            }[];
        };
        EstateLeaderRoomFiling: {
            year: number;
            asOf: string;
            total: number;
            items: {
                personId: string;
                name: string;
                post: string | null;
                agencyName: string;
                rank: string;
                rankLabel: string;
                rooms: string;
                areaM2: number;
                standardLabel: string | null;
                standardM2: number | null;
                overrunM2: number | null;
            }[];
        };
        EstateLeaseListing: {
            id: string;
            agencyId: string;
            agencyName: string;
            buildingId: string;
            buildingName: string;
            roomId: string | null;
            title: string;
            areaM2: string;
            askingMonthlyRentFen: number;
            status: string;
            description: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        EstateLessee: {
            id: string;
            agencyId: string;
            name: string;
            kind: string;
            creditCode: string | null;
            contactName: string | null;
            contactPhone: string | null;
            note: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        EstateLeaseContract: {
            id: string;
            code: string;
            listingId: string;
            listingTitle: string;
            agencyId: string;
            agencyName: string;
            lesseeId: string;
            lesseeName: string;
            startsOn: string;
            endsOn: string;
            monthlyRentFen: number;
            depositFen: number;
            cycleMonths: number;
            status: string;
            signedOn: string | null;
            note: string | null;
        };
        EstateRentReceipt: {
            id: string;
            contractId: string;
            paidOn: string;
            amountFen: number;
            method: string;
            receiptNo: string | null;
            note: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        EstateLeaseContractDetail: {
            id: string;
            code: string;
            listingId: string;
            listingTitle: string;
            agencyId: string;
            agencyName: string;
            lesseeId: string;
            lesseeName: string;
            startsOn: string;
            endsOn: string;
            monthlyRentFen: number;
            depositFen: number;
            cycleMonths: number;
            status: string;
            signedOn: string | null;
            note: string | null;
            schedule: {
                seq: number;
                periodStart: string;
                periodEnd: string;
                dueOn: string;
                amountFen: number;
                paidFen: number;
            }[];
            receipts: {
                id: string;
                contractId: string;
                paidOn: string;
                amountFen: number;
                method: string;
                receiptNo: string | null;
                note: string | null;
                /** Format: date-time */
                createdAt: string;
                createdBy: string | null;
            }[];
            totalRentFen: number;
            receivedFen: number;
            overdueFen: number;
        };
        EstateRentArrears: {
            contractId: string;
            code: string;
            agencyName: string;
            lesseeName: string;
            listingTitle: string;
            overdueFen: number;
            instalments: number;
            oldestDueOn: string;
            maxDaysOverdue: number;
        };
        EstateTransfer: {
            id: string;
            code: string;
            fromAgencyId: string;
            fromAgencyName: string;
            target: string;
            buildingId: string | null;
            roomIds: string[];
            areaM2: string;
            titleCertNo: string | null;
            reason: string;
            status: string;
            decisionNote: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            completedOn: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        EstateTransferDetail: {
            id: string;
            code: string;
            fromAgencyId: string;
            fromAgencyName: string;
            target: string;
            buildingId: string | null;
            roomIds: string[];
            areaM2: string;
            titleCertNo: string | null;
            reason: string;
            status: string;
            decisionNote: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            completedOn: string | null;
            /** Format: date-time */
            createdAt: string;
            rooms: {
                id: string;
                number: string;
                usableAreaM2: string;
                buildingId: string;
            }[];
            documents: ({
                id: string;
                name: string;
                mime: string;
                sizeBytes: number;
                /** @enum {string} */
                kind: "approval" | "agreement" | "title" | "other";
            } & {
                [key: string]: unknown;
            })[];
        };
        EstateInspectionPlan: {
            id: string;
            title: string;
            year: number;
            theme: string | null;
            withDiscipline: boolean;
            disciplineContact: string | null;
            startsOn: string;
            endsOn: string;
            agencyIds: string[];
            status: string;
            /** Format: date-time */
            createdAt: string;
        };
        EstateInspectionFinding: {
            id: string;
            planId: string;
            agencyId: string;
            agencyName: string;
            roomId: string | null;
            roomNumber: string | null;
            foundOn: string;
            category: string;
            description: string;
            severity: string;
            rectifyBy: string;
            status: string;
            reportText: string | null;
            /** Format: date-time */
            reportedAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
            closeNote: string | null;
        };
        EstateInspectionFindingDetail: {
            id: string;
            planId: string;
            agencyId: string;
            agencyName: string;
            roomId: string | null;
            roomNumber: string | null;
            foundOn: string;
            category: string;
            description: string;
            severity: string;
            rectifyBy: string;
            status: string;
            reportText: string | null;
            /** Format: date-time */
            reportedAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
            closeNote: string | null;
            photos: ({
                id: string;
                name: string;
                mime: string;
                sizeBytes: number;
            } & {
                [key: string]: unknown;
            })[];
            reportFiles: ({
                id: string;
                name: string;
                mime: string;
                sizeBytes: number;
            } & {
                [key: string]: unknown;
            })[];
        };
        EstateInspectionNotice: {
            issuedOn: string;
            title: string;
            paragraphs: string[];
            text: string;
            rows: {
                [key: string]: string | number;
            }[];
        };
        EstateRemoteProperty: {
            id: string;
            name: string;
            city: string;
            address: string;
            agencyId: string;
            agencyName: string;
            trusteeName: string;
            trusteeContact: string | null;
            trusteeAccountId: string | null;
            currentUse: string;
            areaM2: string;
            titleCertNo: string | null;
            reportCycleMonths: number;
            nextReportDue: string;
            status: string;
            note: string | null;
        };
        EstateRemoteRecord: {
            id: string;
            kind: string;
            occurredOn: string;
            endsOn: string | null;
            counterparty: string | null;
            amountFen: number | null;
            description: string;
            /** Format: date-time */
            createdAt: string;
        };
        EstateRemoteReport: {
            id: string;
            dueOn: string;
            submittedOn: string;
            occupancy: string;
            content: string;
            issues: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        EstateRemotePropertyDetail: {
            id: string;
            name: string;
            city: string;
            address: string;
            agencyId: string;
            agencyName: string;
            trusteeName: string;
            trusteeContact: string | null;
            trusteeAccountId: string | null;
            currentUse: string;
            areaM2: string;
            titleCertNo: string | null;
            reportCycleMonths: number;
            nextReportDue: string;
            status: string;
            note: string | null;
            records: components["schemas"]["EstateRemoteRecord"][];
            reports: components["schemas"]["EstateRemoteReport"][];
        };
        EstateActivityRoom: {
            id: string;
            roomId: string;
            agencyId: string;
            name: string;
            capacity: number;
            openDays: number[];
            opensAt: string;
            closesAt: string;
            active: boolean;
            note: string | null;
            roomNumber: string;
            buildingName: string;
        };
        EstateActivityRoomBooking: {
            id: string;
            resourceId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            state: string;
            holderAgencyId: string;
            holderPersonId: string | null;
            title: string | null;
        };
        EstateActivityRoomUtilisation: {
            activityRoomId: string;
            name: string;
            buildingName: string;
            roomNumber: string;
            bookings: number;
            bookedHours: number;
            openHours: number;
            utilisationPct: number;
        };
        HousingFlat: {
            id: string;
            regionId: string;
            buildingId: string | null;
            estateName: string;
            buildingName: string;
            unit: string;
            number: string;
            areaM2: string;
            layout: string;
            rentFen: number;
            status: string;
            note: string | null;
        };
        HousingRuleSet: {
            id: string;
            name: string;
            effectiveFrom: string;
            effectiveTo: string | null;
            source: string;
            body: {
                criteria: {
                    /** @enum {string} */
                    key: "yearsSinceHire" | "familySize" | "ownsHomeInCity" | "perCapitaAreaM2";
                    /** @enum {string} */
                    op: "lte" | "lt" | "gte" | "gt" | "eq";
                    value: number | boolean;
                }[];
                scoring: {
                    /** @enum {string} */
                    key: "yearsSinceHire" | "familySize" | "ownsHomeInCity" | "perCapitaAreaM2";
                    /** @enum {string} */
                    kind: "per-unit" | "flag" | "cap-minus";
                    weight: number;
                    cap?: number;
                }[];
                lease: {
                    termMonths: number;
                    depositMonths: number;
                    reminderDays: number[];
                };
            };
        };
        HousingRound: {
            id: string;
            code: string;
            name: string;
            regionId: string;
            ruleSetId: string;
            ruleSetName: string;
            method: string;
            referenceDate: string;
            applyFrom: string;
            applyTo: string;
            noticeStart: string | null;
            noticeEnd: string | null;
            quota: number;
            status: string;
            applicationCount: number;
        };
        HousingApplication: {
            id: string;
            roundId: string;
            roundName: string;
            personId: string;
            personName: string;
            agencyId: string;
            agencyName: string;
            familySize: number;
            ownsHomeInCity: boolean;
            currentHousingAreaM2: string;
            yearsSinceHire: string;
            note: string | null;
            eligible: boolean;
            reasons: {
                rule: string;
                ok: boolean;
                zh: string;
                en: string;
            }[];
            score: string;
            breakdown: {
                key: string;
                value: number;
                points: number;
            }[];
            status: string;
            reviewComment: string | null;
            reviewedBy: string | null;
            queueRank: number | null;
            flatId: string | null;
            attachmentIds: string[];
            createdAt: string;
        };
        HousingObjection: {
            id: string;
            roundId: string;
            applicationId: string;
            text: string;
            raisedBy: string;
            status: string;
            resolution: string | null;
            createdAt: string;
        };
        HousingBill: {
            id: string;
            leaseId: string;
            month: string;
            amountFen: number;
            paidFen: number;
            status: string;
            createdAt: string;
        };
        HousingChecklist: {
            id: string;
            leaseId: string;
            kind: string;
            items: {
                name: string;
                /** @enum {string} */
                condition: "good" | "worn" | "damaged" | "missing";
                note?: string | null;
                /** @default [] */
                photoFileIds: string[];
            }[];
            checkedOn: string;
            checkedBy: string;
            createdAt: string;
        };
        HousingLease: {
            id: string;
            flatId: string;
            applicationId: string | null;
            personId: string;
            agencyId: string;
            departmentId: string | null;
            startDate: string;
            endDate: string;
            rentFen: number;
            depositFen: number;
            reminderDays: number[];
            status: string;
            exitReason: string | null;
            exitDate: string | null;
            exitNote: string | null;
            createdAt: string;
        };
        HousingLeaseRow: {
            id: string;
            flatId: string;
            applicationId: string | null;
            personId: string;
            agencyId: string;
            departmentId: string | null;
            startDate: string;
            endDate: string;
            rentFen: number;
            depositFen: number;
            reminderDays: number[];
            status: string;
            exitReason: string | null;
            exitDate: string | null;
            exitNote: string | null;
            createdAt: string;
            personName: string;
            flatLabel: string;
        };
        HousingLeaseDetail: {
            id: string;
            flatId: string;
            applicationId: string | null;
            personId: string;
            agencyId: string;
            departmentId: string | null;
            startDate: string;
            endDate: string;
            rentFen: number;
            depositFen: number;
            reminderDays: number[];
            status: string;
            exitReason: string | null;
            exitDate: string | null;
            exitNote: string | null;
            createdAt: string;
            personName: string;
            flatLabel: string;
            bills: components["schemas"]["HousingBill"][];
            checklists: components["schemas"]["HousingChecklist"][];
        };
        HousingOpenRound: {
            id: string;
            code: string;
            name: string;
            method: string;
            referenceDate: string;
            applyFrom: string;
            applyTo: string;
            quota: number;
            ruleSetName: string;
            criteria: {
                rule: string;
                zh: string;
                en: string;
            }[];
            scoring: {
                key: string;
                kind: string;
                weight: number;
                cap: number | null;
            }[];
            myApplication: {
                id: string;
                status: string;
            } | null;
        };
        HousingNoticeRound: {
            id: string;
            code: string;
            name: string;
            noticeStart: string;
            noticeEnd: string;
            entries: {
                applicationId: string;
                personName: string;
                agencyName: string;
                score: string;
                mine: boolean;
            }[];
        };
        HousingDraw: {
            id: string;
            roundId: string;
            algorithm: string;
            publicRandom: string;
            seedMaterial: string;
            seedHex: string;
            resultHash: string;
            drawnBy: string;
            drawnAt: string;
            inputs: {
                roundId: string;
                noticeEnd: string;
                publicRandom: string;
                /** @enum {string} */
                method: "score" | "lottery";
                quota: number;
                applicants: {
                    applicationId: string;
                    score: number;
                }[];
                flats: {
                    flatId: string;
                    label: string;
                }[];
            };
            result: {
                rank: number;
                applicationId: string;
                score: number;
                flatId: string | null;
            }[];
        };
        HousingDrawPublication: {
            id: string;
            roundId: string;
            algorithm: string;
            publicRandom: string;
            seedMaterial: string;
            seedHex: string;
            resultHash: string;
            drawnBy: string;
            drawnAt: string;
            inputs: {
                roundId: string;
                noticeEnd: string;
                publicRandom: string;
                /** @enum {string} */
                method: "score" | "lottery";
                quota: number;
                applicants: {
                    applicationId: string;
                    score: number;
                }[];
                flats: {
                    flatId: string;
                    label: string;
                }[];
            };
            result: {
                rank: number;
                applicationId: string;
                score: number;
                flatId: string | null;
            }[];
            round: {
                id: string;
                code: string;
                name: string;
                method: string;
                quota: number;
                noticeStart: string | null;
                noticeEnd: string | null;
            };
            entries: {
                rank: number;
                applicationId: string;
                score: number;
                flatId: string | null;
                personName: string;
                agencyName: string;
                flatLabel: string | null;
            }[];
        };
        FleetChargingStation: {
            /** Format: uuid */
            agencyId: string;
            name: string;
            address: string | null;
            active: boolean;
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetChargingPile: {
            /** Format: uuid */
            stationId: string;
            code: string;
            /** @enum {string} */
            kind: "ac" | "dc";
            powerKw: number;
            active: boolean;
            id: string;
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetChargingSession: {
            /** Format: uuid */
            pileId: string;
            vehicleId: string | null;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            endedAt: string;
            kwh: number;
            amountFen: number;
            id: string;
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
        };
        FleetVehicle: {
            id: string;
            plate: string;
            vin: string | null;
            brand: string;
            model: string;
            kind: string;
            energy: string;
            displacementL: number | null;
            priceFen: number;
            purchaseDate: string;
            agencyId: string;
            agencyName: string;
            seats: number;
            tankLitres: number | null;
            batteryKwh: number | null;
            normPer100km: number;
            status: string;
            insuranceDue: string | null;
            inspectionDue: string | null;
            gpsTerminalId: string | null;
            nextServiceKm: number | null;
            nextServiceDate: string | null;
            overrideRequestId: string | null;
            notes: string | null;
            isNewEnergy: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetVehicleStatusChange: {
            id: string;
            vehicleId: string;
            fromStatus: string;
            toStatus: string;
            /** Format: date-time */
            at: string;
            reason: string | null;
            receivingParty: string | null;
            disposalMethod: string | null;
            documentNo: string | null;
        };
        FleetDriver: {
            personId: string | null;
            name: string;
            /** Format: uuid */
            agencyId: string;
            /** @enum {string} */
            licenceClass: "A1" | "A2" | "A3" | "B1" | "B2" | "C1" | "C2";
            licenceExpiry: string;
            emergencyTeam: boolean;
            status: string;
            notes: string | null;
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetDriverTraining: {
            /** Format: uuid */
            driverId: string;
            heldOn: string;
            title: string;
            hours: number;
            provider: string | null;
            result: string;
            id: string;
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
        };
        FleetDriverSafety: {
            /** Format: uuid */
            driverId: string;
            occurredOn: string;
            /** @enum {string} */
            kind: "commendation" | "violation" | "accident" | "complaint";
            description: string;
            points: number;
            id: string;
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
        };
        FleetShop: {
            name: string;
            address: string | null;
            contact: string | null;
            phone: string | null;
            designated: boolean;
            contractFrom: string | null;
            contractTo: string | null;
            active: boolean;
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetRepair: {
            id: string;
            vehicleId: string;
            agencyId: string;
            shopId: string | null;
            kind: string;
            description: string;
            estimateFen: number;
            status: string;
            workflowInstanceId: string | null;
            requestedOn: string;
            partsFen: number | null;
            labourFen: number | null;
            invoiceFen: number | null;
            invoiceNo: string | null;
            odometerKm: number | null;
            completedOn: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetInsurance: {
            vehicleId: string;
            insurer: string;
            policyNo: string;
            /** @enum {string} */
            kind: "compulsory" | "commercial";
            startsOn: string;
            endsOn: string;
            premiumFen: number;
            id: string;
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetInspection: {
            vehicleId: string;
            inspectedOn: string;
            nextDue: string;
            /** @enum {string} */
            result: "passed" | "failed";
            station: string | null;
            costFen: number;
            id: string;
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetViolation: {
            vehicleId: string;
            driverId: string | null;
            /** Format: date-time */
            occurredAt: string;
            place: string;
            description: string;
            fineFen: number;
            points: number;
            status: string;
            id: string;
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetAccident: {
            vehicleId: string;
            driverId: string | null;
            /** Format: date-time */
            occurredAt: string;
            place: string;
            description: string;
            /** @enum {string} */
            severity: "minor" | "moderate" | "major";
            liability: string | null;
            lossFen: number;
            status: string;
            id: string;
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetStandard: {
            code: string;
            nameZh: string;
            nameEn: string;
            /** @enum {string|null} */
            kind: "confidential" | "emergency" | "law-enforcement" | "special" | "other" | null;
            /** @enum {string} */
            energyClass: "any" | "nev" | "ice";
            maxSeats: number | null;
            maxPriceFen: number | null;
            maxDisplacementL: number | null;
            effectiveFrom: string;
            effectiveTo: string | null;
            source: string;
            note: string | null;
            active: boolean;
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetQuota: {
            /** Format: uuid */
            agencyId: string;
            /** @enum {string} */
            kind: "confidential" | "emergency" | "law-enforcement" | "special" | "other";
            quota: number;
            approvalRef: string | null;
            note: string | null;
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetOverrideRequest: {
            id: string;
            agencyId: string;
            plate: string;
            rules: string[];
            reason: string;
            status: string;
            workflowInstanceId: string | null;
            /** Format: date-time */
            createdAt: string;
            breaches?: {
                rule: string;
                zh: string;
                en: string;
                limit: number;
                actual: number;
            }[];
        };
        FleetSpecialInspection: {
            /** Format: uuid */
            agencyId: string;
            title: string;
            inspectedOn: string;
            inspectors: string | null;
            summary: string | null;
            status: string;
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetInspectionFinding: {
            /** Format: uuid */
            inspectionId: string;
            vehicleId: string | null;
            description: string;
            deadline: string;
            rectifiedOn: string | null;
            rectification: string | null;
            id: string;
            agencyId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetSealing: {
            name: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            note: string | null;
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetTripRequest: {
            id: string;
            agencyId: string;
            agencyName: string;
            departmentId: string | null;
            applicantPersonId: string;
            applicantName: string;
            passengerCount: number;
            passengerNames: string[];
            origin: string;
            destinations: string[];
            destLat: number | null;
            destLon: number | null;
            plannedStart: string;
            plannedEnd: string;
            purpose: string;
            inCity: boolean;
            needDriver: boolean;
            /** @enum {string} */
            status: "pending" | "returned" | "approved" | "dispatched" | "completed" | "rejected" | "withdrawn" | "cancelled";
            instanceId: string | null;
            tripId: string | null;
            rating: number | null;
            ratingComment: string | null;
            decidedAt: string | null;
            createdAt: string;
            updatedAt: string;
        };
        FleetTrip: {
            id: string;
            requestId: string | null;
            vehicleId: string;
            plate: string;
            driverId: string | null;
            driverName: string | null;
            agencyId: string;
            agencyName: string;
            plannedStart: string;
            plannedEnd: string;
            origin: string | null;
            destination: string | null;
            purpose: string | null;
            passengerCount: number;
            departedAt: string | null;
            returnedAt: string | null;
            departureKm: number | null;
            returnKm: number | null;
            km: number | null;
            tollFen: number;
            parkingFen: number;
            otherFen: number;
            /** @enum {string} */
            status: "dispatched" | "departed" | "returned" | "cancelled";
            emergency: boolean;
            reviewFlag: boolean;
            reviewComment: string | null;
            reviewedAt: string | null;
            rating: number | null;
            flags: string[];
            trackPoints: number | null;
            trackKm: number | null;
            cancelReason: string | null;
            createdAt: string;
            updatedAt: string;
        };
        FleetTripDetail: {
            id: string;
            requestId: string | null;
            vehicleId: string;
            plate: string;
            driverId: string | null;
            driverName: string | null;
            agencyId: string;
            agencyName: string;
            plannedStart: string;
            plannedEnd: string;
            origin: string | null;
            destination: string | null;
            purpose: string | null;
            passengerCount: number;
            departedAt: string | null;
            returnedAt: string | null;
            departureKm: number | null;
            returnKm: number | null;
            km: number | null;
            tollFen: number;
            parkingFen: number;
            otherFen: number;
            /** @enum {string} */
            status: "dispatched" | "departed" | "returned" | "cancelled";
            emergency: boolean;
            reviewFlag: boolean;
            reviewComment: string | null;
            reviewedAt: string | null;
            rating: number | null;
            flags: string[];
            trackPoints: number | null;
            trackKm: number | null;
            cancelReason: string | null;
            createdAt: string;
            updatedAt: string;
            track: {
                startedAt: string | null;
                endedAt: string | null;
                maxSpeedKmh: number | null;
                polyline: (number)[][];
            } | null;
            requests: {
                id: string;
                applicantPersonId: string;
                passengerCount: number;
                status: string;
                rating: number | null;
            }[];
        };
        /** @description The trip serving a trip request */
        FleetTripRequestTrip: {
            id: string;
            /** @enum {string} */
            status: "dispatched" | "departed" | "returned" | "cancelled";
            vehicleId: string;
            plate: string;
            driverId: string | null;
            driverName: string | null;
            plannedStart: string;
            plannedEnd: string;
            departedAt: string | null;
            returnedAt: string | null;
            departureKm: number | null;
            returnKm: number | null;
            km: number | null;
            emergency: boolean;
            cancelReason: string | null;
            createdAt: string;
        };
        FleetTripRequestDetail: {
            id: string;
            agencyId: string;
            agencyName: string;
            departmentId: string | null;
            applicantPersonId: string;
            applicantName: string;
            passengerCount: number;
            passengerNames: string[];
            origin: string;
            destinations: string[];
            destLat: number | null;
            destLon: number | null;
            plannedStart: string;
            plannedEnd: string;
            purpose: string;
            inCity: boolean;
            needDriver: boolean;
            /** @enum {string} */
            status: "pending" | "returned" | "approved" | "dispatched" | "completed" | "rejected" | "withdrawn" | "cancelled";
            instanceId: string | null;
            tripId: string | null;
            rating: number | null;
            ratingComment: string | null;
            decidedAt: string | null;
            createdAt: string;
            updatedAt: string;
            history: {
                at: string;
                action: string;
                actorName: string | null;
                comment: string | null;
            }[];
            trip: components["schemas"]["FleetTripRequestTrip"] | null;
        };
        FleetDispatchReason: {
            code: string;
            zh: string;
            en: string;
        };
        FleetDispatchSuggestions: {
            seatsNeeded: number;
            vehicles: {
                id: string;
                plate: string;
                agencyId: string;
                seats: number;
                energy: string;
                monthKm: number;
                rank: number;
                /** @description The reasons in Chinese (compatibility); prefer reasonTexts */
                reasons: string[];
                reasonTexts: components["schemas"]["FleetDispatchReason"][];
            }[];
            drivers: {
                id: string;
                name: string;
                agencyId: string;
                emergencyTeam: boolean;
                monthTrips: number;
                rank: number;
                /** @description The reasons in Chinese (compatibility); prefer reasonTexts */
                reasons: string[];
                reasonTexts: components["schemas"]["FleetDispatchReason"][];
            }[];
        };
        FleetCarpoolProposals: {
            items: {
                requestIds: string[];
                start: string;
                end: string;
                passengers: number;
                seatsNeeded: number;
                destination: string;
                /** @description The reasons in Chinese (compatibility); prefer reasonTexts */
                reasons: string[];
                reasonTexts: components["schemas"]["FleetDispatchReason"][];
            }[];
            total: number;
        };
        FleetDispatchAgency: {
            id: string;
            name: string;
            shortName: string | null;
        };
        FleetDispatchAgencies: {
            items: components["schemas"]["FleetDispatchAgency"][];
            total: number;
        };
        FleetFuelRecord: {
            id: string;
            vehicleId: string;
            plate: string;
            energy: string;
            agencyId: string;
            agencyName: string;
            /** Format: date-time */
            filledAt: string;
            odometerKm: number;
            litres: number | null;
            kwh: number | null;
            amountFen: number;
            full: boolean;
            missedPrevious: boolean;
            station: string | null;
            cardNo: string | null;
            notes: string | null;
            flags: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FleetConsumption: {
            vehicleId: string;
            /** @enum {string} */
            unit: "L" | "kWh";
            normPer100km: number;
            margin: number;
            segments: {
                openId: string;
                closeId: string;
                /** Format: date-time */
                openAt: string;
                /** Format: date-time */
                closeAt: string;
                km: number;
                quantity: number;
                per100km: number;
                overNorm: boolean;
            }[];
            months: {
                month: string;
                km: number;
                quantity: number;
                per100km: number | null;
                segments: number;
            }[];
        };
        FleetVehicleCost: {
            vehicleId: string;
            plate: string;
            kind: string;
            energy: string;
            agencyId: string;
            agencyName: string;
            priceFen: number;
            purchaseDate: string;
            asOf: string;
            depreciationYears: number;
            yearsOwned: number;
            purchaseFen: number;
            fuelFen: number;
            repairFen: number;
            insuranceFen: number;
            inspectionFen: number;
            tollFen: number;
            parkingFen: number;
            totalFen: number;
            km: number;
            perKmFen: number | null;
            perYearFen: number | null;
        };
        FleetDisclosureRow: {
            vehicleId: string;
            plate: string;
            kind: string;
            energy: string;
            /** @enum {string} */
            unit: "L" | "kWh";
            agencyId: string;
            agencyName: string;
            km: number;
            trips: number;
            segmentKm: number;
            litres: number | null;
            kwh: number | null;
            lPer100km: number | null;
            normLPer100km: number;
            deviationPct: number | null;
            rankInKind: number;
            filledQty: number;
            amountFen: number;
        };
        FleetDisclosure: {
            month: string;
            /** @enum {string} */
            source: "snapshot" | "live";
            items: components["schemas"]["FleetDisclosureRow"][];
            total: number;
        };
        FleetFuelRewards: {
            month: string;
            /** @enum {string} */
            source: "snapshot" | "live";
            rate: number;
            penalties: boolean;
            items: {
                vehicleId: string;
                plate: string;
                kind: string;
                energy: string;
                /** @enum {string} */
                unit: "L" | "kWh";
                agencyId: string;
                agencyName: string;
                km: number;
                trips: number;
                segmentKm: number;
                litres: number | null;
                kwh: number | null;
                lPer100km: number | null;
                normLPer100km: number;
                deviationPct: number | null;
                rankInKind: number;
                filledQty: number;
                amountFen: number;
                priceFen: number;
                rate: number;
                savedQty: number;
                rewardFen: number;
            }[];
            total: number;
            totalRewardFen: number;
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
