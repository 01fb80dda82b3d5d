/** Service items (政务服务事项) and their versions (实施清单): model, validation, life cycle, REST, events. */
package org.onewindow.catalog.items.domain;
