/**
 * The API description's texts (route summaries, parameter and field descriptions, error titles) in this language,
 * keyed by their English. A test lists every English text of the document that lacks a translation here.
 */
export const zh: Readonly<Record<string, string>> = {
  'A bilateral flow table matching net migration totals (migest net_matrix_ipf)':
    '与净迁移总数相匹配的双边流量表（migest net_matrix_ipf）',
  'A column mapping as JSON text (see `hwmo import --suggest-mapping`).':
    '以JSON文本表示的列映射（见`hwmo import --suggest-mapping`）。',
  "A country's key indicators, time series, foreign-trained workforce, emigrants and SSL status":
    '一国的主要指标、时间序列、外国培训卫生人力、外流人员及支持和保障清单状态',
  'A data year, or "latest" (the default): the latest year available, see upTo and window.':
    '数据年份，或"latest"（默认值）：可得的最新年份，见upTo和window。',
  'A dataset (source code); omitted: all datasets of the area and year':
    '数据集（来源代码）；省略时：该地区和年份的所有数据集',
  'A measure code.': '计量指标代码。',
  'A new setup link while no administrator exists (the operator: `hwmo users setup-link`)':
    '在尚无管理员时生成新的设置链接（由操作员执行：`hwmo users setup-link`）',
  'A remark on a value: why it is missing or what to keep in mind.':
    '关于某一数值的说明：该数值缺失的原因或需要注意的事项。',
  'A year or an inclusive range such as 2010-2020.': '年份或闭区间，例如2010-2020。',
  'A year or an inclusive range; each year is compared on its own': '年份或闭区间；每个年份单独进行比较',
  'Add or rename subnational units (provinces, districts) under a country':
    '在某一国家下添加或重命名次国家级单位（省、区）',
  'All observations matching the filters as CSV (hwmo template) or SDMX-CSV':
    '以CSV（hwmo模板）或SDMX-CSV格式提供符合筛选条件的所有观测值',
  'An indicator for one or many areas, each value with its year, sources and inputs':
    '一个或多个地区的某一指标，每个数值均附有其年份、来源和输入数据',
  'An occupation slug.': '职业标识符（slug）。',
  'An upload and what reads one of its sheets': '一个上传文件及读取其中某一工作表的方式',
  "Approval status of a country's data per year and dataset": '一国按年份和数据集分列的数据审批状态',
  'Approval status of the data per country, year and dataset': '按国家、年份和数据集分列的数据审批状态',
  'Approve submitted data: it is locked against imports, revisions and rollbacks':
    '批准已提交的数据：该数据将被锁定，不得导入、修订或回滚',
  'Area ISO3 code.': '地区ISO3代码。',
  'Area code(s) (ISO3 or hwmo code), comma-separated.': '地区代码（ISO3或hwmo代码），以逗号分隔。',
  'Area whose two factors are fixed at 1; default the area in most pairs':
    '两个因子固定为1的地区；默认为出现在最多配对中的地区',
  'Areas of the system; default every area reporting the measure in either year':
    '系统中的地区；默认为在任一年份报告该计量指标的所有地区',
  'Areas, comma-separated: ISO3 countries, subnational codes, or aggregates (WHO regions AFR…WPR, income groups HIC/UMC/LMC/LIC, WLD). Omitted: every country.':
    '地区，以逗号分隔：ISO3国家代码、次国家级代码或汇总（世卫组织区域AFR…WPR、收入组别HIC/UMC/LMC/LIC、WLD）。省略时：所有国家。',
  'Areas: countries, regions, income groups, aggregates, subnational units':
    '地区：国家、区域、收入组别、汇总、次国家级单位',
  'At least 12 characters, not the e-mail address.': '至少12个字符，且不得为电子邮件地址。',
  'Basis of the origins, from the input measure; the stored flows carry it':
    '来源地的统计依据，取自输入计量指标；存储的流量附带该依据',
  'Batch id': '批次标识符',
  'Bilateral stock measure read as [partner][area]': '双边存量计量指标，按[partner][area]读取',
  'Births by region of residence, in the order of areas': '按居住地区分列的出生数，按地区顺序排列',
  'CSV file': 'CSV文件',
  'CSV file, cells safe to open in a spreadsheet': 'CSV文件，单元格可在电子表格中安全打开',
  'CSV template': 'CSV模板',
  'Change one’s own password; the other sessions end': '更改本人密码；其他会话将结束',
  'Check everything and report, storing nothing.': '检查所有内容并报告，不存储任何内容。',
  'Choices that took the edition default.': '采用版本默认值的选项。',
  'Choose a new password with a reset link; ends every session of the account, and signs in':
    '通过重置链接设置新密码；结束该账户的所有会话，并登录',
  'Code of the unit, e.g. ISO 3166-2 KE-30.': '单位代码，例如ISO 3166-2 KE-30。',
  'Column labels; default 1, 2, …': '列标签；默认为1, 2, …',
  'Countries the recomputation puts on the list.': '重新计算后列入清单的国家。',
  'Country ISO3 code': '国家ISO3代码',
  'Create a personal API token (shown once)': '创建个人API令牌（仅显示一次）',
  'Create the account of an invitation, and sign in': '创建邀请所对应的账户，并登录',
  'Create the first administrator with the setup link, and sign in': '使用设置链接创建首位管理员，并登录',
  'Current values of the unit': '该单位的现行数值',
  'Current values of the unit stored after its last submission or approval; null if never submitted':
    '该单位自上次提交或批准后存储的现行数值；如从未提交，则为null',
  'Current values stored for this measure.': '为该计量指标存储的现行数值。',
  'Data year of the value (the latest of its inputs).': '该数值的数据年份（其各项输入数据中的最新年份）。',
  'Data years, newest first, in which at least one country has a value.':
    '至少有一个国家有数值的数据年份，按由新到旧排列。',
  'Dataset code the values are stored under (default USER).': '数值存储时所用的数据集代码（默认为USER）。',
  'Dataset code(s), e.g. WHO.GHO.': '数据集代码，例如WHO.GHO。',
  'Datasets loaded, with publisher and licence': '已加载的数据集，附发布方和许可协议',
  'Datasets to prefer, in order, when several give a value for the same year, e.g. OECD.HEALTH_WFMI,WHO.GHO.':
    '当多个数据集对同一年份提供数值时，按顺序优先采用的数据集，例如OECD.HEALTH_WFMI,WHO.GHO。',
  'Deaths by region of residence, in the order of areas': '按居住地区分列的死亡数，按地区顺序排列',
  'Delete an upload': '删除上传文件',
  'Density as WHO published it (published-first, the default) or from headcount / population.':
    '采用世卫组织发布的密度（published-first，默认值），或根据实有人数/人口计算。',
  'Density from headcount / population, or as published: computed-first (default) uses the published density only where no headcount and population pair exists.':
    '根据实有人数/人口计算的密度，或采用已发布的密度：computed-first（默认值）仅在没有实有人数与人口数配对时采用已发布的密度。',
  'Density year, or "latest".': '密度年份，或"latest"。',
  'E-mail address; compared without regard to case.': '电子邮件地址；比较时不区分大小写。',
  'Editions of the WHO Health Workforce Support and Safeguards List and their rules':
    '《世卫组织卫生人力支持和保障清单》各版本及其规则',
  'End every session of a user': '结束某一用户的所有会话',
  'End one’s other sessions': '结束本人的其他会话',
  'Estimate and report what would be stored; store nothing': '估算并报告将存储的内容；不存储任何内容',
  'Estimate bilateral flows from two years of stored stocks and store them (unless dryRun)':
    '根据已存储的两个年份的存量估算双边流量并加以存储（dryRun时除外）',
  'Estimation runs, newest first, with method, parameters and input batches':
    '估算运行记录，按由新到旧排列，附方法、参数和输入批次',
  'Every Member State assessed; differences explained.': '已评估每个会员国；并对差异作出解释。',
  'Every column whose header is a year is a value column of that year.':
    '标题为年份的每一列均为该年份的数值列。',
  'Every problem type': '所有问题类型',
  'Fit a seed table to row and/or column totals (IPF, or conditional maximisation)':
    '将种子表拟合至行合计和/或列合计（IPF或条件最大化）',
  'Flows by stock differencing (migest ffs_diff)': '按存量差值推算的流量（migest ffs_diff）',
  'Flows from rates implied by stock tables (Dennett; Rogers–von Rabenau)':
    '根据存量表所隐含的比率推算的流量（Dennett；Rogers–von Rabenau）',
  'Flows from two stock tables with demographic accounting (migest ffs_demo)':
    '采用人口统计核算法根据两张存量表推算的流量（migest ffs_demo）',
  'Flows of the previous estimate for an area pair no longer estimated':
    '某一地区配对在上一次估算中的流量，该配对已不再估算',
  'Foreign stock from partners outside the areas estimated': '来自所估算地区以外伙伴的外国存量',
  'Foreign stock subtracted from the total for the diagonal': '从对角线合计中减去的外国存量',
  'Global flow total (Dennett)': '全球流量合计（Dennett）',
  'How many were revoked.': '已撤销的数量。',
  'How sure the suggestion was (0-1); informational, ignored on import.':
    '建议的确定程度（0-1）；仅供参考，导入时不予考虑。',
  'How the birthplace totals of the two tables are made equal': '如何使两张表的出生地合计相等',
  'IPF tolerance (largest cell change)': 'IPF容差（单元格最大变化）',
  'ISO 8601 time.': 'ISO 8601时间。',
  'ISO 8601, UTC': 'ISO 8601，UTC',
  'ISO3 of the area, for an area-bound role only.': '地区的ISO3代码，仅用于与地区绑定的角色。',
  'Import an upload as one batch, read as its preview was; the upload is then deleted':
    '将上传文件作为一个批次导入，读取方式与其预览相同；随后删除该上传文件',
  'Import batch the value came from.': '该数值所来自的导入批次。',
  'Import batches, newest first': '导入批次，按由新到旧排列',
  'Import one or more files (multipart field "file"); same report as `hwmo import --json`':
    '导入一个或多个文件（multipart字段"file"）；报告与`hwmo import --json`相同',
  'Include superseded values (revisions) as well as current ones.':
    '除现行数值外，还包括已被取代的数值（修订）。',
  'Indicator slug.': '指标标识符（slug）。',
  'Input stock measure': '输入存量计量指标',
  'Invitations sent, pending or not': '已发送的邀请，无论是否待处理',
  'Invite someone by e-mail, with one role; answers the link, also sent (or put in the outbox)':
    '通过电子邮件邀请某人，并赋予一个角色；答复中包含链接，该链接亦已发送（或放入发件箱）',
  'Key indicators at their latest values.': '主要指标的最新数值。',
  'Labels of the rows and columns of every table, in order': '每张表的行标签和列标签，按顺序排列',
  'Lacks a sign-in for the area, or the installation is read-only':
    '未以可访问该地区的身份登录，或本系统为只读',
  'Lacks the permission account.self for the area, or the installation is read-only':
    '不具备该地区的account.self权限，或本系统为只读',
  'Lacks the permission approval.decide for the area, or the installation is read-only':
    '不具备该地区的approval.decide权限，或本系统为只读',
  'Lacks the permission approval.submit for the area, or the installation is read-only':
    '不具备该地区的approval.submit权限，或本系统为只读',
  'Lacks the permission audit.read for the area, or the installation is read-only':
    '不具备该地区的audit.read权限，或本系统为只读',
  'Lacks the permission data.import for the area, or the installation is read-only':
    '不具备该地区的data.import权限，或本系统为只读',
  'Lacks the permission data.rollback for the area, or the installation is read-only':
    '不具备该地区的data.rollback权限，或本系统为只读',
  'Lacks the permission flows.store for the area, or the installation is read-only':
    '不具备该地区的flows.store权限，或本系统为只读',
  'Lacks the permission reference.edit for the area, or the installation is read-only':
    '不具备该地区的reference.edit权限，或本系统为只读',
  'Lacks the permission users.manage for the area, or the installation is read-only':
    '不具备该地区的users.manage权限，或本系统为只读',
  'Leave out or null for a token that does not expire.': '对于永不失效的令牌，省略此项或设为null。',
  'List edition, e.g. 2023': '清单版本，例如2023',
  'Liveness and database status': '运行状态和数据库状态',
  'Measure code(s), comma-separated.': '计量指标代码，以逗号分隔。',
  'Measures with unit and aggregation rule': '计量指标，附单位和汇总规则',
  'Median density of doctors, nurses and midwives over WHO Member States with a value: the basis of the threshold.':
    '有数值的世卫组织会员国医生、护士和助产士密度的中位数：阈值的依据。',
  'Messages not sent by SMTP (none configured): invitations and password-reset links to pass on':
    '未通过SMTP发送的消息（未配置SMTP）：需自行转交的邀请和密码重置链接',
  'Mirror statistics: outflows reported by origins against inflows reported by destinations':
    '镜像统计：来源国报告的流出与目的地国报告的流入之对照',
  'Name of the person who sent the invitation.': '发送邀请者的姓名。',
  'Name of the unit.': '单位名称。',
  'Name shown to others.': '向他人显示的姓名。',
  'Needed by Rogers–von Rabenau': 'Rogers–von Rabenau方法所需',
  'Needs data.import for every area the files hold rows for; a file with rows of another area is refused whole.':
    '需具备文件所含各行涉及的每个地区的data.import权限；含有其他地区行的文件将被整体拒绝。',
  'Needs data.rollback for every area the batch holds values for.':
    '需具备该批次所含数值涉及的每个地区的data.rollback权限。',
  'Needs reference.edit for the country of every unit (and of the one it leaves, when it moves).':
    '需具备每个单位所属国家（以及单位迁出时其原属国家）的reference.edit权限。',
  'Net migration (in − out) of each area, summing to zero': '各地区的净迁移（流入−流出），总和为零',
  'New values.': '新数值。',
  'Not signed in (problem unauthenticated)': '未登录（问题类型unauthenticated）',
  'Observations with their source file and row': '观测值，附其来源文件及行',
  'Occupation slug of the estimated flows': '估计流量的职业标识符（slug）',
  'Occupation slug(s), e.g. medical-doctors.': '职业标识符（slug），例如medical-doctors。',
  'Occupation slug, e.g. medical-doctors': '职业标识符（slug），例如medical-doctors',
  'Occupation slug; density adds several (medical-doctors,nursing-and-midwifery, the default for density and sdg-gap). Others default to medical-doctors.':
    '职业标识符（slug）；密度可将多个相加（medical-doctors,nursing-and-midwifery，为density和sdg-gap的默认值）。其他指标默认为medical-doctors。',
  'Occupations (ISCO-08 based slugs)': '职业（基于ISCO-08的标识符）',
  'On the list WHO published; null when that edition is not loaded.':
    '是否列入世卫组织发布的清单；未加载该版本时为null。',
  'On the published list; null when that edition is not loaded.':
    '是否列入已发布的清单；未加载该版本时为null。',
  'One batch with its skipped rows and revision links': '一个批次，附其跳过的行和修订链接',
  'One result per area; a null value carries its reason.': '每个地区一项结果；null值附有其原因。',
  'One’s open sessions': '本人当前的会话',
  'One’s own account': '本人账户',
  'One’s personal API tokens': '本人的个人API令牌',
  'Only areas of this kind, e.g. country or who-region.': '仅限此类地区，例如country或who-region。',
  'Only the children of this area (subnational units).': '仅限该地区的下级单位（次国家级单位）。',
  'Only values imported by this batch.': '仅限此批次导入的数值。',
  'OpenAPI 3.1': 'OpenAPI 3.1',
  'Opens the page that creates the first administrator; works once.':
    '打开创建首位管理员的页面；仅可使用一次。',
  'Other names files use for it; in CSV separated by "|".': '文件中使用的其他名称；在CSV中以"|"分隔。',
  'Page size (at most 10 000).': '每页条数（最多10 000）。',
  'Pairs, one-sided shares and adjustment factors with their fit, per year.':
    '按年份分列的配对、单侧占比和调整因子及其拟合情况。',
  'Partner area code(s): origin or destination.': '伙伴地区代码：来源地或目的地。',
  'Partner area for bilateral measures.': '双边计量指标的伙伴地区。',
  'Partner basis of the inflows, when several are stored': '存储了多种依据时，流入数据的伙伴依据',
  'Partner basis of the outflows, when several are stored': '存储了多种依据时，流出数据的伙伴依据',
  'Partners among the areas with no stored value: 0': '所估算地区中无存储数值的伙伴：按0计',
  'Per indicator and accepted occupation choice, the data years in which at least one country has a value (default vintage options); recomputed when the data change.':
    '按指标及所接受的职业选项分列的、至少有一个国家有数值的数据年份（默认数据时期选项）；数据变化时重新计算。',
  'Percentage of the foreign total.': '占外国人员合计的百分比。',
  'Permissions held for at least one area.': '至少在一个地区拥有的权限。',
  'Preferred sources of headcounts, densities and population, in order.':
    '实有人数、密度和人口的优先来源，按顺序排列。',
  'Preferred sources of the index, in order: OWID, WB.WDI, WHO.GHO (the 2015–2017 legacy series).':
    '该指数的优先来源，按顺序排列：OWID、WB.WDI、WHO.GHO（2015–2017年旧版序列）。',
  'Prior flows [origin][destination]': '先验流量[origin][destination]',
  'RFC 9457 problem details': 'RFC 9457问题详情',
  'Read as this format instead of detecting it.': '按此格式读取，而不自动检测。',
  'Read through this column mapping (excludes format).': '通过此列映射读取（不可与format同时使用）。',
  'Reference year': '参考年份',
  'Rename, disable or enable a user; disabling ends the user’s sessions and tokens':
    '重命名、停用或启用用户；停用将结束该用户的会话并使其令牌失效',
  'Replace the roles of a user': '替换某一用户的角色',
  'Return submitted data with a comment saying what to correct': '退回已提交的数据，并附意见说明需更正之处',
  'Reuse the mapping saved with this batch.': '重复使用随此批次保存的映射。',
  'Revoke one of one’s tokens': '撤销本人的某一令牌',
  'Role; national_authority, data_manager and data_approver are bound to one area.':
    '角色；national_authority、data_manager和data_approver与一个地区绑定。',
  'Roll back a batch, restoring the values it superseded': '回滚某一批次，恢复被其取代的数值',
  'Row labels; default 1, 2, …': '行标签；默认为1, 2, …',
  'Row of the file, as a spreadsheet numbers it.': '文件中的行，按电子表格的行号编排。',
  'Row of the header, as the spreadsheet numbers it; found when absent.':
    '表头所在行，按电子表格的行号编排；缺省时自动查找。',
  'Row of the source file the value came from.': '该数值所来自的来源文件行。',
  'Row of the source file.': '来源文件的行。',
  'Rows to skip.': '要跳过的行数。',
  'Said whether or not the account exists.': '无论该账户是否存在，均给出相同答复。',
  'Send a link to choose a new password (the answer is the same whether or not the account exists)':
    '发送用于设置新密码的链接（无论该账户是否存在，答复均相同）',
  'Send it as X-CSRF-Token with every POST, PUT, PATCH and DELETE made with the session cookie.':
    '使用会话cookie发出的每个POST、PUT、PATCH和DELETE请求均须以X-CSRF-Token发送该令牌。',
  'Sets the session cookie (a new one at every sign-in). After 5 failed attempts in 15 minutes for an account or from an address, refused with 429 and Retry-After, whatever the password.':
    '设置会话cookie（每次登录均生成新的cookie）。某一账户或某一地址在15分钟内失败5次后，无论密码是否正确，均以429和Retry-After拒绝。',
  'Sex: _T (total), F or M.': '性别：_T（合计）、F或M。',
  'Sign in with e-mail address and password': '以电子邮件地址和密码登录',
  'Sign out: end this session': '退出登录：结束本会话',
  'Skip rows naming an unknown area instead of refusing the file.':
    '跳过列有未知地区的行，而不是拒绝整个文件。',
  'Source of the bilateral stocks, when several sources hold them': '存在多个来源时，双边存量的来源',
  'Source of the inflows, when several hold them': '存在多个来源时，流入数据的来源',
  'Source of the outflows, when several hold them': '存在多个来源时，流出数据的来源',
  'Source of the total stocks (for the home-trained diagonal), when several hold them':
    '存在多个来源时，总存量（用于本国培训的对角线）的来源',
  'Sources of the stocks the flows were estimated from': '据以估算流量的存量来源',
  'Stable code of the remark, for clients that translate it.': '说明的固定代码，供客户端翻译之用。',
  'Stocks and flows of health workers by area, year, occupation and origin, each value traceable to its source file and row.':
    '按地区、年份、职业和来源地分列的卫生工作者存量和流量，每个数值均可追溯至其来源文件及行。',
  'Submit the data of a country for a year (one dataset, or all) for approval':
    '提交一国某一年份的数据（一个数据集或全部数据集）以供审批',
  'The actions this state allows (permissions aside)': '该状态所允许的操作（不考虑权限）',
  'The audit trail as CSV, with the same filters as /api/audit (every matching record, newest first)':
    '以CSV格式提供的审计追踪，筛选条件与/api/audit相同（所有符合条件的记录，按由新到旧排列）',
  'The audit trail, newest first: who changed what, when, with the values before and after (a national authority reads its area only)':
    '审计追踪，按由新到旧排列：由谁在何时更改了何内容，以及更改前后的数值（国家主管部门仅可查阅本地区）',
  'The batch a saved mapping came from.': '已保存映射所来自的批次。',
  'The batch that revised this value, if it is not current.': '修订该数值的批次（如该数值不是现行数值）。',
  'The column mapping the file was read with, saved with the batch.':
    '读取该文件时所用的列映射，随批次保存。',
  'The comment of the last transition': '最近一次状态转换的意见',
  'The country or subnational unit it belongs to.': '其所属的国家或次国家级单位。',
  "The country's approved data, newest year first": '该国已批准的数据，按年份由新到旧排列',
  "The destinations of the country's workers, per cadre.": '该国工作人员的目的地，按人员类别分列。',
  'The dry run: what a commit would store, revise, leave unchanged and skip.':
    '试运行：提交后将存储、修订、保持不变和跳过的内容。',
  'The estimate, the tables it was made from, dropped areas and what was stored.':
    '估算结果、所依据的表、被剔除的地区以及已存储的内容。',
  'The explanation in parts, for clients that translate it.': '分部分的解释，供客户端翻译之用。',
  'The file is kept for its owner for 24 hours, so that the preview, the dry run and the commit do not send it again.':
    '文件为其所有者保留24小时，使预览、试运行和提交无需再次发送该文件。',
  'The first 20 values as they will be stored.': '前20个数值将按如下形式存储。',
  'The first characters of the token, to recognise it.': '令牌的前几个字符，用于识别该令牌。',
  'The first rows of an upload as they will be stored, and the dry run of its import':
    '上传文件的前几行将按如下形式存储，以及其导入的试运行',
  'The format that read the file, or `mapped` (read through a column mapping).':
    '读取该文件所用的格式，或`mapped`（通过列映射读取）。',
  'The format that reads the file, or null when it needs a column mapping.':
    '可读取该文件的格式；如需列映射，则为null。',
  'The header cell as the file writes it (case, accents and spacing ignored).':
    '文件中所写的表头单元格（不考虑大小写、重音和空格）。',
  'The hwmo long-CSV template: header, two example rows and the allowed values as # comments':
    'hwmo长格式CSV模板：表头、两行示例以及以#注释列出的允许取值',
  'The hwmo template as a workbook: data sheet with drop-down lists, and a sheet of allowed values':
    '以工作簿形式提供的hwmo模板：带下拉列表的数据工作表，以及列出允许取值的工作表',
  'The invitation link, shown once; it was also sent (or put in the outbox).':
    '邀请链接，仅显示一次；该链接亦已发送（或放入发件箱）。',
  'The last approval, kept after an unapproval': '最近一次批准，撤销批准后仍予保留',
  'The last transition': '最近一次状态转换',
  'The later batches that revised them.': '修订这些数值的后续批次。',
  'The list as WHO published it': '世卫组织发布的清单',
  "The list recomputed from the loaded data with chosen vintages, and its differences from WHO's":
    '根据已加载数据及所选数据时期重新计算的清单，及其与世卫组织清单的差异',
  'The occupation choices the indicator accepts; a choice with no years has no data loaded.':
    '该指标所接受的职业选项；没有年份的选项表示未加载数据。',
  'The occupation slugs of this choice; several are added (density only).':
    '该选项的职业标识符（slug）；多个标识符相加（仅限密度）。',
  'The problem type': '问题类型',
  'The problem types errors are answered with': '答复错误时所用的问题类型',
  'The proposed mapping, with a confidence per column; send it back as it is or edited.':
    '建议的映射，附每列的置信度；可按原样或经编辑后发回。',
  'The remark in English.': '英文说明。',
  'The request as applied, defaults filled in': '实际执行的请求，已填入默认值',
  'The role of who approved: national_authority, data_approver, admin, operator':
    '批准者的角色：national_authority、data_approver、admin、operator',
  'The role they acted in: data_approver, national_authority, admin, operator …':
    '其行事时所担任的角色：data_approver、national_authority、admin、operator …',
  'The same breakdown for each cadre with data.': '有数据的每类人员的相同分类数据。',
  'The same record as the CLI prints with --format json.': '与CLI以--format json输出的记录相同。',
  'The signed-in user; null for the public or the operator.': '已登录的用户；对于公众或操作员为null。',
  'The token (hwmo_…), shown this once; send it as Authorization: Bearer.':
    '令牌（hwmo_…），仅显示这一次；请以Authorization: Bearer方式发送。',
  'The token of the link (the part after token=).': '链接中的令牌（token=之后的部分）。',
  'The window of "latest": no value more than this many years before a series\' latest.':
    '"latest"的时间窗口：任何数值均不得早于序列最新年份超过此年数。',
  'The worksheet detected from.': '据以检测的工作表。',
  'The year selection in words.': '以文字表述的年份选择。',
  'This description': '本描述',
  'Total stock of the occupation (null for ffs-diff)': '该职业的总存量（ffs-diff时为null）',
  'UHC service coverage index year, or "latest".': '全民健康覆盖服务覆盖指数年份，或"latest"。',
  'Unapprove approved data, with a comment: it can be changed again':
    '撤销对已批准数据的批准，并附意见：该数据可再次更改',
  'Upload a file to import (multipart field "file"): its format, sheets and proposed column mapping':
    '上传待导入的文件（multipart字段"file"）：其格式、工作表和建议的列映射',
  'Upload id': '上传文件标识符',
  'Users with their roles': '用户及其角色',
  'Values already stored as they are.': '已按原样存储的数值。',
  'Values of the batch revised since by later batches.': '该批次中此后被后续批次修订的数值。',
  'Values of the batch that are current.': '该批次中的现行数值。',
  'Values read; a wide file (one column per year) counts one per filled cell.':
    '已读取的数值；宽格式文件（每个年份一列）按每个已填单元格计一个。',
  'Values that replaced a different earlier value, which stays in history.':
    '取代了先前不同数值的数值，先前数值保留在历史记录中。',
  'Values the remark names: codes, years, numbers, year selections and nested remarks.':
    '说明中所列的值：代码、年份、数字、年份选择和嵌套说明。',
  'Visible worksheets of a workbook; empty for a text file.': '工作簿中的可见工作表；文本文件为空。',
  'What an invitation link is for': '邀请链接的用途',
  'What lowered the confidence, or why the mapping is incomplete.': '降低置信度的原因，或映射不完整的原因。',
  'What one problem type means': '某一问题类型的含义',
  'What the loaded data can give: per indicator, the occupations it accepts and their years with a value':
    '已加载数据可提供的内容：按指标列出其所接受的职业及有数值的年份',
  'What was imported but deserves a look: a last line without a line terminator, totals rows that do not match the rows they cover, rows left unread below a note line.':
    '已导入但值得注意的内容：没有行结束符的最后一行、与其所涵盖行不符的合计行、注释行下方未读取的行。',
  'When (ISO 8601)': '时间（ISO 8601）',
  'When it was approved (ISO 8601)': '批准时间（ISO 8601）',
  'When neither a format nor a mapping could be found: why, so that a mapping can be written by hand.':
    '既找不到格式也找不到映射时：说明原因，以便手动编写映射。',
  'When no format reads the file: the proposed column mapping.': '没有任何格式可读取该文件时：建议的列映射。',
  'When the change in total stock is matched to births − deaths': '总存量的变化何时与出生数−死亡数相匹配',
  'When the session ends at the latest, if not used before its idle end.':
    '会话最迟结束的时间（如在闲置到期前未被使用）。',
  'Where the unit stands in the approval cycle.': '该单位在审批周期中所处的阶段。',
  'Whether the mapping says all it must (an area, a year, value columns with what they count).':
    '映射是否包含所有必需内容（地区、年份、数值列及其统计内容）。',
  'Whether the reader may submit, and approve, return or unapprove, for this area':
    '读者能否对该地区进行提交，以及批准、退回或撤销批准',
  'Whether the value is below the threshold; null when it is missing.': '该数值是否低于阈值；缺失时为null。',
  'Whether year=latest gives at least one country a value.': 'year=latest是否至少为一个国家提供数值。',
  'Who acted; only signed-in readers see names': '操作人；只有已登录的读者可以看到姓名',
  'Who is signed in, with the CSRF token to send with changes': '当前登录者，以及提交更改时须发送的CSRF令牌',
  'Why a country is or is not on the list: both values, their years and sources, each criterion':
    '一国列入或未列入清单的原因：两项数值、其年份和来源，以及每项标准',
  'Why there is no value.': '无数值的原因。',
  'Why: required to return or unapprove': '理由：退回或撤销批准时必填',
  'With densityYear=latest: no density later than this year.':
    '当densityYear=latest时：不采用晚于此年份的密度。',
  'With densityYear=latest: no density more than this many years before densityUpTo.':
    '当densityYear=latest时：不采用早于densityUpTo超过此年数的密度。',
  'With sciYear=latest: no index value later than this year.':
    '当sciYear=latest时：不采用晚于此年份的指数值。',
  'With sciYear=latest: no value more than this many years before sciUpTo.':
    '当sciYear=latest时：不采用早于sciUpTo超过此年数的数值。',
  'With year=latest: take no value later than this year.': '当year=latest时：不采用晚于此年份的数值。',
  'With year=latest: take no value more than this many years before upTo (or before the latest).':
    '当year=latest时：不采用早于upTo（或最新年份）超过此年数的数值。',
  'Withdraw a pending invitation': '撤回待处理的邀请',
  'Worksheet of a workbook to detect; the first visible one when absent':
    '要检测的工作簿工作表；缺省时为第一个可见工作表',
  'Worksheet of a workbook.': '工作簿的工作表。',
  'Worksheet of an .xlsx workbook.': '.xlsx工作簿的工作表。',
  'XLSX template': 'XLSX模板',
  '[origin][destination], diagonal zero': '[origin][destination]，对角线为零',
  '[origin][destination][place of birth]': '[origin][destination][place of birth]',
  '[place of birth][place of residence] at the end': '期末的[place of birth][place of residence]',
  '[place of birth][place of residence] at the start': '期初的[place of birth][place of residence]',
  'csv: the hwmo long template; sdmx-csv: SDMX-CSV 1.0': 'csv：hwmo长格式模板；sdmx-csv：SDMX-CSV 1.0',
  'emigration-rate: count those abroad by country of training (default), of birth, or whichever a destination reports.':
    'emigration-rate：按培训国家（默认）、出生国家或目的地所报告的任一依据统计在国外的人员。',
  'hwmo — Health Worker Migration Observatory API': 'hwmo — 卫生工作者迁移观察站API',
  'ipf, or conditional maximisation (both margins)': 'ipf或条件最大化（两个边际）',
  'let a last line without a line terminator revise stored values':
    '允许没有行结束符的最后一行修订已存储的数值',
  'net-migration over several areas: the migration effectiveness index 100 × Σ|net| / Σ turnover.':
    '多个地区的net-migration：迁移有效性指数100 × Σ|净迁移| / Σ人员流转。',
  'null for a dry run': '试运行时为null',
  'null: all datasets': 'null：所有数据集',
  'null: all the datasets of the area and year': 'null：该地区和年份的所有数据集',
  'records at or after this day or instant': '不早于此日期或时刻的记录',
  'records up to this day (inclusive) or instant': '不晚于此日期（含当日）或时刻的记录',
  'the action recorded, e.g. import, rollback, approval.approve':
    '所记录的操作，例如import、rollback、approval.approve',
  'the area the change touched (ISO 3166 alpha-3 or a subnational code)':
    '更改所涉及的地区（ISO 3166 alpha-3或次国家级代码）',
  'the id of the object changed (with objectType)': '所更改对象的标识符（与objectType一起使用）',
  'the kind of object changed: batch, area, approval, user…':
    '所更改对象的类型：batch、area、approval、user…',
  'the object after the change (null when removed)': '更改后的对象（删除时为null）',
  'the object before the change (null when created)': '更改前的对象（创建时为null）',
  'true while no administrator exists: open the setup link printed by the server.':
    '在尚无管理员时为true：请打开服务器输出的设置链接。',
  'true: minimum migration (stayers = min of the two stocks); false: independence':
    'true：最小迁移（留居者 = 两个存量中的较小者）；false：独立性',
  'true: report what would change and write nothing (also a form field)':
    'true：报告将作出的更改，不写入任何内容（亦可作为表单字段）',
  'who acted: an e-mail address, or the label recorded ("operator root@host")':
    '操作人：电子邮件地址，或所记录的标签（"operator root@host"）',
  'who acted: the id of a user account': '操作人：用户账户的标识符',
  'zero: a fall in a stock is no flow; return: a fall is a return flow':
    'zero：存量下降不视为流量；return：存量下降视为回流',
  'Language: ar, zh, en, fr, ru or es.': '语言：ar、zh、en、fr、ru 或 es。',
  'The language for the interface, messages and mail; null to follow each request’s language.':
    '界面、消息和邮件所用的语言；null 表示沿用每个请求的语言。',
  'The language of the invitation mail; by default the language of the request that sends it.':
    '邀请邮件的语言；默认为发送该邀请的请求所用的语言。',
  'The language the user chose for the interface, messages and mail; null: the language of each request.':
    '用户为界面、消息和邮件选择的语言；null 表示每个请求的语言。',
  'Change one’s own name and preferred language': '更改本人姓名和首选语言',
};
