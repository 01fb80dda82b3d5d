/** The citizen guide (办事指南) of an item: public JSON and a server-rendered HTML page. */
package org.onewindow.catalog.guides.adapters.web;
